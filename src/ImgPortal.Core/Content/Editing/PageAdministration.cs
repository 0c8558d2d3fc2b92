using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

public sealed class PageAdministration(
    IAppDbContext db, ICurrentUser user, IReservedAddresses reserved, IStaffDirectory staff, PageEditorStore store)
    : IPageAdministration
{
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
        var today = store.Today;
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

        var now = store.UtcNow;
        var entity = new GuidancePage
        {
            Slug = slug,
            Title = page.Title.Trim(),
            Summary = page.Summary.Trim(),
            Source = page.Source.Trim(),
            NavigationLabel = string.IsNullOrWhiteSpace(page.NavigationLabel) ? null : page.NavigationLabel.Trim(),
            SortOrder = (await db.GuidancePages.MaxAsync(p => (int?)p.SortOrder, cancellationToken) ?? 0) + 10,
            LastReviewedOn = store.Today,
            OwnerUserId = user.UserId,
            OwnerName = PageEditorStore.Truncate(user.Name ?? string.Empty, PageRules.OwnerNameMaxLength),
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
        if (!await store.TrySaveAsync(cancellationToken))
        {
            return Outcome.Invalid(nameof(NewPage.Slug), $"There is already a page at /{slug}. Choose another address.");
        }

        return Outcome.Done($"Page created at /{slug}. Write its text, then publish it: visitors see nothing there until then.", entity.Id);
    }

    public async Task<Outcome> SaveSettingsAsync(int pageId, PageSettings settings, string pageVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page) = await LoadPageAsync(pageId, pageVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        var (errors, ownerName) = await CheckSettingsAsync(settings, cancellationToken);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        page!.Source = settings.Source.Trim();
        page.NavigationLabel = string.IsNullOrWhiteSpace(settings.NavigationLabel) ? null : settings.NavigationLabel.Trim();
        page.SortOrder = settings.SortOrder;
        page.OwnerUserId = string.IsNullOrEmpty(settings.OwnerUserId) ? null : settings.OwnerUserId;
        page.OwnerName = PageEditorStore.Truncate(ownerName, PageRules.OwnerNameMaxLength);
        page.ReviewIntervalMonths = settings.ReviewIntervalMonths;
        page.UpdatedAtUtc = store.UtcNow;
        return await SavedAsync("Page settings saved. They show on the page at once.", pageId, cancellationToken);
    }

    public async Task<Outcome> RetireAsync(int pageId, string? redirectTo, string pageVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page) = await LoadPageAsync(pageId, pageVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        var target = string.IsNullOrWhiteSpace(redirectTo) ? null : redirectTo.Trim();
        if (target is not null && PageRules.RedirectProblem(target, page!.Slug) is { } problem)
        {
            return Outcome.Invalid("RedirectTo", problem);
        }

        page!.RetiredAtUtc = store.UtcNow;
        page.RetiredRedirectTo = target;
        return await SavedAsync(
            target is null
                ? $"Page retired: /{page.Slug} now tells visitors the page is gone (410)."
                : $"Page retired: /{page.Slug} now sends visitors to {target}.",
            pageId,
            cancellationToken);
    }

    public async Task<Outcome> ReinstateAsync(int pageId, string pageVersion, CancellationToken cancellationToken = default)
    {
        var (failed, page) = await LoadPageAsync(pageId, pageVersion, cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        page!.RetiredAtUtc = null;
        page.RetiredRedirectTo = null;
        return await SavedAsync($"Page back in service at /{page.Slug}.", pageId, cancellationToken);
    }

    public async Task<IReadOnlyList<FieldError>> ValidateSettingsAsync(PageSettings settings, CancellationToken cancellationToken = default) =>
        (await CheckSettingsAsync(settings, cancellationToken)).Errors;

    public Task<IReadOnlyList<StaffMember>> ListOwnersAsync(CancellationToken cancellationToken = default) => staff.ListAsync(cancellationToken);

    /// <summary>Every settings field at fault, one message each, and the chosen owner's name (empty for none).</summary>
    private async Task<(IReadOnlyList<FieldError> Errors, string OwnerName)> CheckSettingsAsync(PageSettings settings, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(settings.Source))
        {
            errors.Add(new(nameof(PageSettings.Source), PageMessages.SourceRequired));
        }
        else if (settings.Source.Trim().Length > PageRules.SourceMaxLength)
        {
            errors.Add(new(nameof(PageSettings.Source), ValidationText.Limit(PageMessages.SourceTooLong, PageRules.SourceMaxLength)));
        }

        if (settings.NavigationLabel?.Trim().Length > PageRules.NavigationLabelMaxLength)
        {
            errors.Add(new(nameof(PageSettings.NavigationLabel), ValidationText.Limit(PageMessages.NavigationLabelTooLong, PageRules.NavigationLabelMaxLength)));
        }

        if (settings.SortOrder is < PageRules.MinSortOrder or > PageRules.MaxSortOrder)
        {
            errors.Add(new(nameof(PageSettings.SortOrder), ValidationText.Range(PageMessages.Position, PageRules.MinSortOrder, PageRules.MaxSortOrder)));
        }

        if (settings.ReviewIntervalMonths is < PageRules.MinReviewIntervalMonths or > PageRules.MaxReviewIntervalMonths)
        {
            errors.Add(new(
                nameof(PageSettings.ReviewIntervalMonths),
                ValidationText.Range(PageMessages.ReviewInterval, PageRules.MinReviewIntervalMonths, PageRules.MaxReviewIntervalMonths)));
        }

        var ownerName = string.Empty;
        if (!string.IsNullOrEmpty(settings.OwnerUserId))
        {
            var owner = (await staff.ListAsync(cancellationToken)).SingleOrDefault(s => s.Id == settings.OwnerUserId);
            if (owner is null)
            {
                errors.Add(new(nameof(PageSettings.OwnerUserId), PageMessages.OwnerFromList));
            }
            else
            {
                ownerName = owner.Email;
            }
        }

        return (errors, ownerName);
    }

    /// <summary>The page to change, or why not: not found, or its settings changed since the form was opened.</summary>
    private async Task<(Outcome? Failed, GuidancePage? Page)> LoadPageAsync(int pageId, string pageVersion, CancellationToken cancellationToken)
    {
        var page = await db.GuidancePages.SingleOrDefaultAsync(p => p.Id == pageId, cancellationToken);
        return page is null ? (Outcome.NotFound(), null)
            : page.Version.ToString("N") != pageVersion ? (Outcome.Conflict(PageEditorStore.SettingsConflictMessage), null)
            : (null, page);
    }

    private async Task<Outcome> SavedAsync(string message, int pageId, CancellationToken cancellationToken) =>
        await store.TrySaveAsync(cancellationToken) ? Outcome.Done(message, pageId) : Outcome.Conflict(PageEditorStore.SettingsConflictMessage);
}
