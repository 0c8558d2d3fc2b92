using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Content.Editing;

public sealed class PageEditingService(
    IAppDbContext db,
    IMarkdownRenderer markdown,
    IGuidanceService guidance,
    ICurrentUser user,
    TimeProvider clock,
    IReservedAddresses reserved,
    IStaffDirectory staff,
    StaffTimeZone staffTime,
    IOptions<PublishingApprovalOptions> approval)
    : IPageEditingService
{
    /// <summary>Told when a save lost the race: nothing was changed.</summary>
    public const string ConflictMessage =
        "Nothing was changed: someone else saved this page since you opened it. Check the text saved now and try again.";

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today in the society's zone: review dates are staff's days, not UTC's.</summary>
    private DateOnly Today => staffTime.LocalDate(UtcNow);

    /// <summary>Told to the author of a draft when <see cref="PublishingApprovalOptions.RequireApproval"/> is on.</summary>
    public const string ApprovalMessage =
        "Publishing needs a second staff member's approval: you saved this draft last, so ask a colleague to read it and publish or schedule it.";

    private const string SettingsConflictMessage =
        "Nothing was changed: someone else changed this page's settings since you opened it. Check them below and try again.";

    /// <summary>The version an editor's form is based on: the draft's when there is one, else the live page's.</summary>
    public static string VersionToken(GuidancePage page, PageDraft? draft) =>
        draft is null ? "p:" + page.Version.ToString("N") : "d:" + draft.Version.ToString("N");

    public async Task<IReadOnlyList<StaffPageRow>> ListPagesAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.GuidancePages.AsNoTracking()
            .OrderBy(p => p.RetiredAtUtc != null).ThenBy(p => p.SortOrder).ThenBy(p => p.Title)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Title,
                p.LastReviewedOn,
                p.ReviewIntervalMonths,
                p.OwnerName,
                p.NavigationLabel,
                p.AwaitingFirstPublication,
                Retired = p.RetiredAtUtc != null,
            })
            .ToListAsync(cancellationToken);
        var drafts = await db.PageDrafts.AsNoTracking()
            .Select(d => new { d.GuidancePageId, d.ScheduledPublishAtUtc })
            .ToDictionaryAsync(d => d.GuidancePageId, d => d.ScheduledPublishAtUtc, cancellationToken);
        var today = Today;
        return pages
            .Select(p =>
            {
                var hasDraft = drafts.TryGetValue(p.Id, out var scheduled);
                var state = p.Retired ? PageState.Retired
                    : p.AwaitingFirstPublication && scheduled is null ? PageState.NotYetPublished
                    : !hasDraft ? PageState.Published
                    : scheduled is null ? PageState.Draft
                    : PageState.Scheduled;
                return new StaffPageRow(
                    p.Id, p.Slug, p.Title, state, p.LastReviewedOn, PageRules.ReviewStatusOn(p.LastReviewedOn, p.ReviewIntervalMonths, today),
                    scheduled, p.OwnerName, p.NavigationLabel);
            })
            .ToList();
    }

    public async Task<Outcome> CreatePageAsync(NewPage page, CancellationToken cancellationToken = default)
    {
        var slug = page.Slug.Trim().ToLowerInvariant();
        var errors = new List<FieldError>();
        if (PageRules.SlugProblem(slug, reserved.IsReserved) is { } problem)
        {
            errors.Add(new FieldError(nameof(NewPage.Slug), problem));
        }
        else if (await db.GuidancePages.AnyAsync(p => p.Slug == slug, cancellationToken))
        {
            errors.Add(new FieldError(nameof(NewPage.Slug), $"There is already a page at /{slug} (it may be retired). Choose another address."));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var now = UtcNow;
        var entity = new GuidancePage
        {
            Slug = slug,
            Title = page.Title.Trim(),
            Summary = page.Summary.Trim(),
            Source = page.Source.Trim(),
            NavigationLabel = string.IsNullOrWhiteSpace(page.NavigationLabel) ? null : page.NavigationLabel.Trim(),
            SortOrder = (await db.GuidancePages.MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0) + 10,
            LastReviewedOn = Today,
            OwnerUserId = user.UserId,
            OwnerName = Truncate(user.Name ?? string.Empty, PageRules.OwnerNameMaxLength),
            AwaitingFirstPublication = true,
            UpdatedAtUtc = now,
        };
        db.GuidancePages.Add(entity);
        db.PageDrafts.Add(new PageDraft
        {
            Page = entity,
            Title = entity.Title,
            Summary = entity.Summary,
            UpdatedByUserId = user.UserId,
            UpdatedByName = user.Name ?? string.Empty,
            UpdatedAtUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            return Outcome.Invalid(nameof(NewPage.Slug), $"There is already a page at /{slug}. Choose another address.");
        }

        return Outcome.Done($"Page created at /{slug}. Write its text, then publish it: visitors see nothing there until then.", entity.Id);
    }

    public async Task<Outcome> SaveSettingsAsync(int pageId, PageSettings settings, string pageVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound();
        }

        if (page.Version.ToString("N") != pageVersion)
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        if (settings.ReviewIntervalMonths is < PageRules.MinReviewIntervalMonths or > PageRules.MaxReviewIntervalMonths)
        {
            return Outcome.Invalid(
                nameof(PageSettings.ReviewIntervalMonths),
                $"Give a review interval from {PageRules.MinReviewIntervalMonths} to {PageRules.MaxReviewIntervalMonths} months.");
        }

        string ownerName = string.Empty;
        if (!string.IsNullOrEmpty(settings.OwnerUserId))
        {
            var owner = (await staff.ListAsync(cancellationToken)).SingleOrDefault(s => s.Id == settings.OwnerUserId);
            if (owner is null)
            {
                return Outcome.Invalid(nameof(PageSettings.OwnerUserId), "Choose the owner from the staff listed.");
            }

            ownerName = owner.Email;
        }

        page.Source = settings.Source.Trim();
        page.NavigationLabel = string.IsNullOrWhiteSpace(settings.NavigationLabel) ? null : settings.NavigationLabel.Trim();
        page.SortOrder = settings.SortOrder;
        page.OwnerUserId = string.IsNullOrEmpty(settings.OwnerUserId) ? null : settings.OwnerUserId;
        page.OwnerName = Truncate(ownerName, PageRules.OwnerNameMaxLength);
        page.ReviewIntervalMonths = settings.ReviewIntervalMonths;
        page.UpdatedAtUtc = UtcNow;
        if (!await TrySaveAsync(cancellationToken))
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        return Outcome.Done("Page settings saved. They show on the page at once.", pageId);
    }

    public async Task<Outcome> RetireAsync(int pageId, string? redirectTo, string pageVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound();
        }

        if (page.Version.ToString("N") != pageVersion)
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        var target = string.IsNullOrWhiteSpace(redirectTo) ? null : redirectTo.Trim();
        if (target is not null && PageRules.RedirectProblem(target, page.Slug) is { } problem)
        {
            return Outcome.Invalid("RedirectTo", problem);
        }

        page.RetiredAtUtc = UtcNow;
        page.RetiredRedirectTo = target;
        if (!await TrySaveAsync(cancellationToken))
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        return Outcome.Done(
            target is null
                ? $"Page retired: /{page.Slug} now tells visitors the page is gone (410)."
                : $"Page retired: /{page.Slug} now sends visitors to {target}.",
            pageId);
    }

    public async Task<Outcome> ReinstateAsync(int pageId, string pageVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound();
        }

        if (page.Version.ToString("N") != pageVersion)
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        page.RetiredAtUtc = null;
        page.RetiredRedirectTo = null;
        if (!await TrySaveAsync(cancellationToken))
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        return Outcome.Done($"Page back in service at /{page.Slug}.", pageId);
    }

    public async Task<IReadOnlyList<ReviewQueueRow>> ReviewQueueAsync(bool mineOnly = false, CancellationToken cancellationToken = default)
    {
        var today = Today;
        var me = user.UserId;
        var pages = await db.GuidancePages.AsNoTracking()
            .Where(p => p.RetiredAtUtc == null && (!mineOnly || p.OwnerUserId == me))
            .Select(p => new { p.Id, p.Slug, p.Title, p.OwnerName, p.LastReviewedOn, p.ReviewIntervalMonths })
            .ToListAsync(cancellationToken);
        return pages
            .Select(p => new ReviewQueueRow(
                p.Id, p.Slug, p.Title, p.OwnerName, p.LastReviewedOn,
                PageRules.ReviewDueOn(p.LastReviewedOn, p.ReviewIntervalMonths),
                PageRules.ReviewStatusOn(p.LastReviewedOn, p.ReviewIntervalMonths, today)))
            .Where(r => r.Status != ReviewStatus.Current)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Title)
            .ToList();
    }

    public Task<IReadOnlyList<StaffMember>> ListOwnersAsync(CancellationToken cancellationToken = default) => staff.ListAsync(cancellationToken);

    public async Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        var editor = EditorData(page, draft);
        var terms = await db.GlossaryTerms.AsNoTracking().Select(t => t.Term).ToListAsync(cancellationToken);
        return editor with
        {
            LinkProblems = LinkChecker.Check(editor.Content, await LinkTargetsAsync(cancellationToken)),
            GlossaryTerms = [.. terms.Order(StringComparer.OrdinalIgnoreCase)],
        };
    }

    /// <summary>Every page's address and state, and the fixed routes, for the link checker.</summary>
    private async Task<LinkTargets> LinkTargetsAsync(CancellationToken cancellationToken)
    {
        var pages = await db.GuidancePages.AsNoTracking()
            .Select(p => new { p.Slug, p.AwaitingFirstPublication, Retired = p.RetiredAtUtc != null, p.RetiredRedirectTo })
            .ToListAsync(cancellationToken);
        return new LinkTargets(
            pages.Where(p => !p.Retired && !p.AwaitingFirstPublication).Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase),
            pages.Where(p => !p.Retired && p.AwaitingFirstPublication).Select(p => p.Slug).ToHashSet(StringComparer.OrdinalIgnoreCase),
            pages.Where(p => p.Retired).ToDictionary(p => p.Slug, p => p.RetiredRedirectTo, StringComparer.OrdinalIgnoreCase),
            reserved.IsReserved);
    }

    public async Task<Outcome<PageEditorData>> SaveDraftAsync(int pageId, PageContent content, string baseVersion, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections)
            .SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(ConflictMessage, EditorData(page, draft));
        }

        // The format only: a date later than today is refused by the form, where staff type it.
        foreach (var section in content.Sections)
        {
            if ((PageRules.SectionSourcesProblem(section.Sources, notAfter: null) ?? PageRules.CycleProblem(section.Cycle)) is { } problem)
            {
                return Outcome.Invalid($"\"{section.Heading}\": {problem}").As<PageEditorData>();
            }
        }

        content = content with
        {
            Sections = [.. content.Sections.Select(s => s with { Sources = PageRules.NormalizeSectionSources(s.Sources), Cycle = s.Cycle.Trim() })],
        };

        if (draft is null)
        {
            draft = new PageDraft { GuidancePageId = pageId, Title = content.Title, Summary = content.Summary };
            db.PageDrafts.Add(draft);
        }

        draft.Title = content.Title.Trim();
        draft.Summary = content.Summary.Trim();
        draft.BodyMarkdown = content.BodyMarkdown;
        draft.SectionsJson = PageContent.SerializeSections(content.Sections);
        draft.UpdatedByUserId = user.UserId;
        draft.UpdatedByName = user.Name ?? string.Empty;
        draft.UpdatedAtUtc = UtcNow;
        var unscheduled = approval.Value.RequireApproval && draft.ScheduledPublishAtUtc is not null;
        if (unscheduled)
        {
            // A colleague approved the text they read, not this one.
            draft.ScheduledPublishAtUtc = null;
        }

        if (!await TrySaveAsync(cancellationToken))
        {
            return await ConflictAsync(pageId, cancellationToken);
        }

        var saved = unscheduled
            ? "Draft saved. It is no longer scheduled: a colleague must approve the new text and schedule it again."
            : "Draft saved. Visitors still see the published page until you publish it.";
        return Outcome.DoneWith(saved, EditorData(page, draft), pageId);
    }

    public async Task<Outcome<PageEditorData>> MoveSectionAsync(
        int pageId, PageContent content, int index, MoveDirection direction, string baseVersion, CancellationToken cancellationToken = default)
    {
        if (ListMoves.Move(content.Sections, index, direction) is not { } sections)
        {
            return Outcome.Invalid(index < 0 || index >= content.Sections.Count
                ? "That section cannot move: it has no heading or is ticked for removal. Give it a heading, or save the draft first."
                : $"“{content.Sections[index].Heading}” is already {(direction == MoveDirection.Up ? "first" : "last")}.").As<PageEditorData>();
        }

        var saved = await SaveDraftAsync(pageId, content with { Sections = sections }, baseVersion, cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        var position = ListMoves.TargetOf(sections.Count, index, direction)!.Value + 1;
        return Outcome.DoneWith(
            $"Moved “{content.Sections[index].Heading}” {(direction == MoveDirection.Up ? "up" : "down")}: it is now section {position} of {sections.Count}. The draft is saved with the new order.",
            saved.Value!,
            pageId);
    }

    public async Task<PagePreview?> PreviewAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var editor = await GetEditorAsync(pageId, cancellationToken);
        if (editor is null)
        {
            return null;
        }

        var live = await guidance.GetAnyPageAsync(pageId, cancellationToken);
        if (live is null)
        {
            return null;
        }

        var content = editor.Content;
        var sections = content.Sections
            .Select((s, i) => new SectionDetail(s.Kind, i + 1, s.Heading, markdown.Render(s.BodyMarkdown)) { Sources = s.Sources, Cycle = s.Cycle })
            .ToList();
        var page = live with
        {
            Title = content.Title,
            Summary = content.Summary,
            BodyHtml = markdown.Render(content.BodyMarkdown),
            Sections = sections,
        };
        return new PagePreview(pageId, page, editor.HasDraft);
    }

    public async Task<Outcome<PageEditorData>> PublishAsync(int pageId, string baseVersion, string? changeNote, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.Include(p => p.Sections).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (draft is null)
        {
            return NoDraft;
        }

        if (VersionToken(page, draft) != baseVersion)
        {
            return Outcome.Conflict(ConflictMessage, EditorData(page, draft));
        }

        if (NeedsAnotherApprover(draft))
        {
            return Outcome.Invalid(ApprovalMessage).As<PageEditorData>();
        }

        var changes = WordDiff.CountChanges(ContentOf(page), ContentOf(draft));
        var number = await PublishAsync(page, draft, user.UserId, user.Name ?? string.Empty, changeNote ?? string.Empty, cancellationToken);
        return number is null
            ? await ConflictAsync(pageId, cancellationToken)
            : Outcome.DoneWith(
                $"Published: visitors now see this version (revision {number}, {changes} change{(changes == 1 ? string.Empty : "s")}).",
                EditorData(page, null),
                pageId);
    }

    public async Task<Outcome<PageEditorData>> ScheduleAsync(
        int pageId, DateTime? publishAt, string? changeNote, string baseVersion, CancellationToken cancellationToken = default)
    {
        DateTime? publishAtUtc = null;
        if (publishAt is { } local)
        {
            var converted = staffTime.ToUtc(local, "PublishAt");
            if (!converted.Succeeded)
            {
                return converted.As<PageEditorData>();
            }

            publishAtUtc = converted.Value;
        }

        var (failed, page, draft) = await LoadDraftAsync(pageId, baseVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        if (publishAtUtc is not null && NeedsAnotherApprover(draft!))
        {
            return Outcome.Invalid(ApprovalMessage).As<PageEditorData>();
        }

        draft!.ScheduledPublishAtUtc = publishAtUtc;
        draft.ChangeNote = Truncate(changeNote?.Trim() ?? string.Empty, PageRules.ChangeNoteMaxLength);
        var message = publishAtUtc is { } at
            ? $"The draft will be published on {staffTime.Format(at)}."
            : "The draft is no longer scheduled.";
        return await TrySaveAsync(cancellationToken)
            ? Outcome.DoneWith(message, EditorData(page!, draft), pageId)
            : await ConflictAsync(pageId, cancellationToken);
    }

    public async Task<Outcome<PageEditorData>> DiscardDraftAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page, draft) = await LoadDraftAsync(pageId, baseVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        db.PageDrafts.Remove(draft!);
        return await TrySaveAsync(cancellationToken)
            ? Outcome.DoneWith("Draft discarded. The published page is unchanged.", EditorData(page!, null), pageId)
            : await ConflictAsync(pageId, cancellationToken);
    }

    public async Task<Outcome> MarkReviewedAsync(int pageId, ReviewInput review, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return Outcome.NotFound();
        }

        if (string.IsNullOrWhiteSpace(review.SourcesChecked))
        {
            return Outcome.Invalid(nameof(ReviewInput.SourcesChecked), "Say which sources you checked the page against.");
        }

        var today = Today;
        page.LastReviewedOn = today;
        db.PageReviews.Add(new PageReview
        {
            GuidancePageId = pageId,
            ReviewedOn = today,
            ReviewedAtUtc = UtcNow,
            ReviewedByUserId = user.UserId,
            ReviewedByName = Truncate(user.Name ?? string.Empty, PageRules.OwnerNameMaxLength),
            SourcesChecked = review.SourcesChecked.Trim(),
            Note = review.Note?.Trim() ?? string.Empty,
        });
        if (!await TrySaveAsync(cancellationToken))
        {
            return Outcome.Conflict(SettingsConflictMessage);
        }

        return Outcome.Done($"Review recorded: the page now shows it was last reviewed on {today:MMMM d, yyyy}.", pageId);
    }

    public async Task<PageHistory?> GetHistoryAsync(int pageId, CancellationToken cancellationToken = default)
    {
        var page = await db.GuidancePages.AsNoTracking().SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var draft = await db.PageDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        var revisions = await db.PageRevisions.AsNoTracking()
            .Where(r => r.GuidancePageId == pageId)
            .OrderByDescending(r => r.Number)
            .Select(r => new RevisionRow(r.Number, r.PublishedByName, r.PublishedAtUtc, r.ChangeNote))
            .ToListAsync(cancellationToken);
        var reviews = await db.PageReviews.AsNoTracking()
            .Where(r => r.GuidancePageId == pageId)
            .OrderByDescending(r => r.ReviewedAtUtc)
            .Select(r => new ReviewRow(r.ReviewedOn, r.ReviewedByName, r.SourcesChecked, r.Note))
            .ToListAsync(cancellationToken);
        return new PageHistory(page.Id, page.Slug, page.Title, VersionToken(page, draft), draft is not null, revisions, reviews);
    }

    public async Task<RevisionComparison?> CompareAsync(int pageId, int from, int to, CancellationToken cancellationToken = default)
    {
        var title = await db.GuidancePages.AsNoTracking().Where(p => p.Id == pageId).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        var revisions = await db.PageRevisions.AsNoTracking()
            .Where(r => r.GuidancePageId == pageId && (r.Number == from || r.Number == to))
            .ToListAsync(cancellationToken);
        var older = revisions.SingleOrDefault(r => r.Number == from);
        var newer = revisions.SingleOrDefault(r => r.Number == to);
        if (title is null || older is null || newer is null)
        {
            return null;
        }

        var blocks = WordDiff.ComparePages(ContentOf(older), ContentOf(newer));
        return new RevisionComparison(pageId, title, Row(older), Row(newer), blocks);
    }

    public async Task<RestorePreview?> PreviewRestoreAsync(int pageId, int number, CancellationToken cancellationToken = default)
    {
        var editor = await GetEditorAsync(pageId, cancellationToken);
        var revision = await db.PageRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.GuidancePageId == pageId && r.Number == number, cancellationToken);
        return editor is null || revision is null
            ? null
            : new RestorePreview(
                pageId, editor.Content.Title, Row(revision), editor.HasDraft, editor.VersionToken,
                WordDiff.ComparePages(editor.Content, ContentOf(revision)));
    }

    public async Task<Outcome<PageEditorData>> RestoreAsync(int pageId, int number, string baseVersion, CancellationToken cancellationToken = default)
    {
        var revision = await db.PageRevisions.AsNoTracking()
            .SingleOrDefaultAsync(r => r.GuidancePageId == pageId && r.Number == number, cancellationToken);
        if (revision is null)
        {
            return Outcome.NotFound().As<PageEditorData>();
        }

        var saved = await SaveDraftAsync(pageId, ContentOf(revision), baseVersion, cancellationToken);
        return saved.Succeeded
            ? Outcome.DoneWith($"Revision {number} copied into the draft. Check it, then publish it.", saved.Value!, pageId)
            : saved;
    }

    public async Task<int> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        var now = UtcNow;
        var due = await db.PageDrafts
            .Where(d => d.ScheduledPublishAtUtc != null && d.ScheduledPublishAtUtc <= now)
            .OrderBy(d => d.ScheduledPublishAtUtc)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var draft in due)
        {
            var page = await db.GuidancePages.Include(p => p.Sections).SingleAsync(p => p.Id == draft.GuidancePageId, cancellationToken);
            var by = string.IsNullOrEmpty(draft.UpdatedByName) ? "Scheduled publishing" : draft.UpdatedByName + " (scheduled)";
            if (await PublishAsync(page, draft, draft.UpdatedByUserId, by, draft.ChangeNote, cancellationToken) is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Makes the draft live: renders and sanitizes, replaces the page's text and sections, records a revision, drops the draft.</summary>
    private async Task<int?> PublishAsync(
        GuidancePage page, PageDraft draft, string? byUserId, string byName, string changeNote, CancellationToken cancellationToken)
    {
        var now = UtcNow;
        var last = await db.PageRevisions.Where(r => r.GuidancePageId == page.Id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        if (last == 0)
        {
            // The text as it was before the first publication through the portal, so the first change can be compared.
            var original = ContentOf(page);
            db.PageRevisions.Add(new PageRevision
            {
                GuidancePageId = page.Id,
                Number = ++last,
                Title = original.Title,
                Summary = original.Summary,
                BodyMarkdown = original.BodyMarkdown,
                SectionsJson = PageContent.SerializeSections(original.Sections),
                PublishedByName = PageRevision.OriginalTextPublisher,
                PublishedAtUtc = page.UpdatedAtUtc,
            });
        }

        var content = ContentOf(draft);

        // A followed page's publication that changes what readers see goes into the change log, in this save (ADR 0078).
        if (Alerts.ChangeTopics.OfPage(page.Slug) is { } topic && Alerts.PageChangeSummary.Describe(ContentOf(page), content) is { } summary)
        {
            db.ChangeLogEntries.Add(new Alerts.ChangeNote(topic, null, content.Title, summary, "/" + page.Slug).ToEntry(now));
        }

        page.Title = content.Title;
        page.Summary = content.Summary;
        page.BodyMarkdown = content.BodyMarkdown;
        page.BodyHtml = markdown.Render(content.BodyMarkdown);
        page.AwaitingFirstPublication = false;
        page.UpdatedAtUtc = now;
        foreach (var old in page.Sections.ToList())
        {
            db.PageSections.Remove(old);
        }

        page.Sections.Clear();
        var order = 0;
        foreach (var section in content.Sections)
        {
            page.Sections.Add(new PageSection
            {
                Kind = section.Kind,
                SortOrder = ++order,
                Heading = section.Heading,
                BodyMarkdown = section.BodyMarkdown,
                BodyHtml = markdown.Render(section.BodyMarkdown),
                Sources = section.Sources,
                Cycle = section.Cycle,
            });
        }

        var number = last + 1;
        db.PageRevisions.Add(new PageRevision
        {
            GuidancePageId = page.Id,
            Number = number,
            Title = content.Title,
            Summary = content.Summary,
            BodyMarkdown = content.BodyMarkdown,
            SectionsJson = draft.SectionsJson,
            PublishedByUserId = byUserId,
            PublishedByName = byName,
            PublishedAtUtc = now,
            ChangeNote = Truncate(changeNote.Trim(), PageRules.ChangeNoteMaxLength),
        });
        db.PageDrafts.Remove(draft);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else published, discarded or saved the draft in between (or took the same revision number).
            db.DiscardChanges();
            return null;
        }

        return number;
    }

    private bool NeedsAnotherApprover(PageDraft draft) =>
        approval.Value.RequireApproval && (draft.UpdatedByUserId is null || draft.UpdatedByUserId == user.UserId);

    private static Outcome<PageEditorData> NoDraft => Outcome.Invalid("There is no draft: save your changes first.").As<PageEditorData>();

    /// <summary>The page and its draft, or why the change cannot go ahead (not found, a conflict, no draft).</summary>
    private async Task<(Outcome<PageEditorData>? Failed, GuidancePage? Page, PageDraft? Draft)> LoadDraftAsync(
        int pageId, string baseVersion, CancellationToken cancellationToken)
    {
        var page = await db.GuidancePages.AsNoTracking().Include(p => p.Sections).SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        if (page is null)
        {
            return (Outcome.NotFound().As<PageEditorData>(), null, null);
        }

        var draft = await db.PageDrafts.SingleOrDefaultAsync(d => d.GuidancePageId == pageId, cancellationToken);
        if (VersionToken(page, draft) != baseVersion)
        {
            return (Outcome.Conflict(ConflictMessage, EditorData(page, draft)), page, draft);
        }

        return draft is null ? (NoDraft, page, null) : (null, page, draft);
    }

    /// <summary>Saves; false when another editor got there first (the version guard or the one-draft-per-page index).</summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            return false;
        }
    }

    private async Task<Outcome<PageEditorData>> ConflictAsync(int pageId, CancellationToken cancellationToken)
    {
        var current = await GetEditorAsync(pageId, cancellationToken);
        return current is null ? Outcome.NotFound().As<PageEditorData>() : Outcome.Conflict(ConflictMessage, current);
    }

    private PageEditorData EditorData(GuidancePage page, PageDraft? draft) =>
        new(
            page.Id,
            page.Slug,
            draft is null ? ContentOf(page) : ContentOf(draft),
            VersionToken(page, draft),
            draft is not null,
            draft?.ScheduledPublishAtUtc,
            draft?.UpdatedByName,
            draft?.UpdatedAtUtc,
            page.LastReviewedOn,
            new PageFacts(
                page.Source,
                page.NavigationLabel,
                page.SortOrder,
                page.OwnerUserId,
                page.OwnerName,
                page.ReviewIntervalMonths,
                PageRules.ReviewDueOn(page.LastReviewedOn, page.ReviewIntervalMonths),
                PageRules.ReviewStatusOn(page.LastReviewedOn, page.ReviewIntervalMonths, Today),
                page.AwaitingFirstPublication,
                page.RetiredAtUtc,
                page.RetiredRedirectTo,
                page.Version.ToString("N")),
            draft is not null && NeedsAnotherApprover(draft));

    private static PageContent ContentOf(GuidancePage page) =>
        new(page.Title, page.Summary, page.BodyMarkdown, page.Sections
            .OrderBy(s => s.SortOrder)
            .Select(s => new SectionContent(s.Kind, s.Heading, s.BodyMarkdown, s.Sources, s.Cycle))
            .ToList());

    private static PageContent ContentOf(PageDraft draft) =>
        new(draft.Title, draft.Summary, draft.BodyMarkdown, PageContent.DeserializeSections(draft.SectionsJson));

    private static PageContent ContentOf(PageRevision revision) =>
        new(revision.Title, revision.Summary, revision.BodyMarkdown, PageContent.DeserializeSections(revision.SectionsJson));

    private static RevisionRow Row(PageRevision revision) => new(revision.Number, revision.PublishedByName, revision.PublishedAtUtc, revision.ChangeNote);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
