using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring;

public sealed class MentoringService(
    IAppDbContext db,
    ICurrentUser currentUser,
    MentoringMailer mail,
    IUserAccounts accounts,
    TimeProvider clock,
    IOptions<MentoringOptions> options,
    IPortalLinks links)
    : IMentoringService
{
    private readonly MentoringEmails _emails = new(links);

    /// <summary>How many times a pairing is re-checked after losing a race for the mentor's last place.</summary>
    private const int PairingAttempts = 3;

    /// <summary>Members who may choose see at most this many suggestions.</summary>
    public const int MemberChoices = 3;

    private static readonly RequestStatus[] ActiveRequestStatuses = [RequestStatus.Open, RequestStatus.Proposed, RequestStatus.Matched];

    private string UserId => currentUser.UserId ?? throw new InvalidOperationException("This needs a signed-in user.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<bool> HasActiveRequestAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        return await db.MenteeRequests.AnyAsync(r => r.MemberUserId == userId && ActiveRequestStatuses.Contains(r.Status), cancellationToken);
    }

    public async Task<Outcome> CreateRequestAsync(MenteeRequestDetails details, CancellationToken cancellationToken = default)
    {
        if (await HasActiveRequestAsync(cancellationToken))
        {
            return Outcome.Invalid("You already have a request for a mentor. See its progress on your mentoring dashboard.");
        }

        var mayChoose = await MembersMayChooseAsync(cancellationToken);
        List<FieldError> problems = [.. ValidateRequest(details), .. await Choices.ChoiceQueries.ValidateAsync(db, UserId, details, null, mayChoose, cancellationToken)];
        if (problems.Count > 0)
        {
            return Outcome.Invalid(problems);
        }

        var request = new MenteeRequest
        {
            MemberUserId = UserId,
            DisplayName = details.DisplayName.Trim(),
            HelpAreas = details.HelpAreas,
            PreferredSpecialty = details.PreferredSpecialty,
            Language = details.Language,
            State = details.State,
            County = details.County.Trim(),
            CountryOfTraining = MentoringCatalog.NormalizeCountry(details.CountryOfTraining),
            Note = details.Note.Trim(),
            CreatedAtUtc = Now,
            Choices = [.. Choices.ChoiceRules.ToRows(details.MentorChoices ?? [])],
        };
        db.MenteeRequests.Add(request);
        await db.SaveChangesAsync(cancellationToken);
        var wait = WaitEstimate.Describe(await RecentAverageWaitAsync(cancellationToken));
        await SendAsync(request.MemberUserId, _emails.RequestReceived(request.DisplayName, request.Id, wait), cancellationToken);
        return Outcome.Done("Your request is in. Staff will pair you with a mentor; we have e-mailed you the expected wait.", request.Id);
    }

    public async Task<MenteeRequestDetails> DraftRequestAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var profile = await db.ImgProfiles.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new
            {
                p.MedicalSchoolCountry,
                Tags = p.Tags.OrderBy(t => t.Id).Select(t => new { t.Kind, t.Value }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return new MenteeRequestDetails(string.Empty, HelpAreas.None, null, null, null, string.Empty, string.Empty, string.Empty);
        }

        var specialty = profile.Tags.Where(t => t.Kind == Profiles.TagKind.Specialty).Select(t => t.Value).FirstOrDefault(MentoringCatalog.IsSpecialty);
        var languages = profile.Tags.Where(t => t.Kind == Profiles.TagKind.Language).Select(t => PortalLists.FindLanguage(t.Value)).OfType<string>().ToList();
        var state = profile.Tags.Where(t => t.Kind == Profiles.TagKind.State).Select(t => t.Value).FirstOrDefault(MentoringCatalog.IsState);

        // English is the language every mentor shares; the first other language says more about the member.
        var language = languages.FirstOrDefault(l => l != "English") ?? languages.FirstOrDefault();
        return new MenteeRequestDetails(string.Empty, HelpAreas.None, specialty, language, state, string.Empty, profile.MedicalSchoolCountry, string.Empty);
    }

    public async Task<OwnRequest?> GetOwnRequestAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var request = await db.MenteeRequests.AsNoTracking().Include(r => r.Choices)
            .SingleOrDefaultAsync(r => r.Id == id && r.MemberUserId == userId, cancellationToken);
        return request is null ? null : new OwnRequest(request.Id, Details(request), request.Status, request.CreatedAtUtc, request.Version);
    }

    public async Task<Outcome> UpdateRequestAsync(int id, Guid version, MenteeRequestDetails details, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var request = await db.MenteeRequests.Include(r => r.Choices).SingleOrDefaultAsync(r => r.Id == id && r.MemberUserId == userId, cancellationToken);
        if (request is null)
        {
            return Outcome.NotFound();
        }

        if (request.Status != RequestStatus.Open)
        {
            return Outcome.Invalid("A mentor has already been asked with this request as it was, so it can no longer be changed. Withdraw it and ask again if it no longer fits.");
        }

        var mayChoose = await MembersMayChooseAsync(cancellationToken);
        List<FieldError> problems = [.. ValidateRequest(details), .. await Choices.ChoiceQueries.ValidateAsync(db, userId, details, id, mayChoose, cancellationToken)];
        if (problems.Count > 0)
        {
            return Outcome.Invalid(problems);
        }

        db.MenteeRequests.Entry(request).Property(r => r.Version).OriginalValue = version;
        request.Version = Guid.NewGuid();
        request.DisplayName = details.DisplayName.Trim();
        request.HelpAreas = details.HelpAreas;
        request.PreferredSpecialty = details.PreferredSpecialty;
        request.Language = details.Language;
        request.State = details.State;
        request.County = details.County.Trim();
        request.CountryOfTraining = MentoringCatalog.NormalizeCountry(details.CountryOfTraining);
        request.Note = details.Note.Trim();
        if (mayChoose)
        {
            // Without member choice the form has no ranking: an earlier one stays for when staff allow it again.
            db.MentorChoices.RemoveRange(request.Choices);
            request.Choices.AddRange(Choices.ChoiceRules.ToRows(details.MentorChoices ?? []));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done("Your request is saved.", request.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("Your request changed since you opened it (a mentor may have been asked). Nothing was saved: look again.");
        }
    }

    public async Task<Outcome> WithdrawRequestAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var request = await db.MenteeRequests
            .Include(r => r.Pairings).ThenInclude(p => p.Mentor)
            .SingleOrDefaultAsync(r => r.Id == id && r.MemberUserId == userId, cancellationToken);
        if (request is null)
        {
            return Outcome.NotFound();
        }

        if (request.Status is not (RequestStatus.Open or RequestStatus.Proposed))
        {
            return Outcome.Invalid("Only a request still waiting for a mentor can be withdrawn; end an active pairing from your dashboard.");
        }

        var proposed = request.Pairings.FirstOrDefault(p => p.State == PairingState.Proposed);
        proposed?.Cancel(Now, "The member withdrew the request.");
        if (proposed is not null)
        {
            proposed.Mentor!.Version = Guid.NewGuid();
        }

        request.Status = RequestStatus.Closed;
        request.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("Something changed at the same moment. Look again and retry.");
        }

        if (proposed is not null)
        {
            await SendAsync(proposed.Mentor!.UserId, _emails.RequestWithdrawnToMentor(request.DisplayName), cancellationToken);
        }

        return Outcome.Done("Your request is withdrawn. You can ask for a mentor again at any time.", request.Id);
    }

    /// <summary>The average wait of requests matched in the last <see cref="WaitEstimate.WindowDays"/> days.</summary>
    private async Task<TimeSpan?> RecentAverageWaitAsync(CancellationToken cancellationToken)
    {
        var since = Now.AddDays(-WaitEstimate.WindowDays);
        var matched = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MatchedAtUtc != null && r.MatchedAtUtc >= since)
            .Select(r => new { r.CreatedAtUtc, r.MatchedAtUtc })
            .ToListAsync(cancellationToken);
        return WaitEstimate.Average(matched.Select(m => m.MatchedAtUtc!.Value - m.CreatedAtUtc).ToList());
    }

    public async Task<PagedResult<RequestRow>> ListRequestsAsync(RequestStatus? status, int page, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var requests = db.MenteeRequests.AsNoTracking();
        if (status is { } s)
        {
            requests = requests.Where(r => r.Status == s);
        }

        var pageSize = MentoringPaging.StaffPageSize;
        var total = await requests.CountAsync(cancellationToken);
        var rows = await requests
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new RequestRow(r.Id, r.DisplayName, r.HelpAreas, r.PreferredSpecialty, r.Language, r.State, r.Status, r.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<RequestRow>(rows, page, pageSize, total);
    }

    public async Task<RequestRecord?> GetRequestAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff)
        {
            return null;
        }

        var request = await db.MenteeRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var pairings = await PairingViews(db.Pairings.Where(p => p.MenteeRequestId == id)).ToListAsync(cancellationToken);
        var suggestions = request.Status == RequestStatus.Open
            ? await SuggestAsync(request, options.Value.SuggestionCount, cancellationToken)
            : [];
        return new RequestRecord(request.Id, request.MemberUserId, Details(request), request.Status, request.CreatedAtUtc,
            request.MatchedAtUtc, pairings, suggestions);
    }

    public async Task<Outcome> ProposeAsync(int requestId, int mentorId, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        for (var attempt = 1; attempt <= PairingAttempts; attempt++)
        {
            var request = await db.MenteeRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            var mayAct = request is not null
                && (currentUser.IsStaff || (await MembersMayChooseAsync(cancellationToken) && request.MemberUserId == userId));
            if (request is null || !mayAct)
            {
                return Outcome.NotFound();
            }

            if (request.Status != RequestStatus.Open)
            {
                return Outcome.Invalid("This request is not waiting for a mentor.");
            }

            if (!currentUser.IsStaff)
            {
                var choices = await SuggestAsync(request, MemberChoices, cancellationToken);
                if (choices.All(c => c.Mentor.MentorId != mentorId))
                {
                    return Outcome.Invalid("Choose one of the mentors suggested to you.");
                }
            }

            var mentor = await db.Mentors.SingleOrDefaultAsync(m => m.Id == mentorId, cancellationToken);
            if (mentor is null || mentor.Status != MentorStatus.Approved)
            {
                return Outcome.Invalid("That mentor is not on the active roster.");
            }

            var held = await db.Pairings.Where(Pairing.HoldsAPlace).CountAsync(p => p.MentorId == mentorId, cancellationToken);
            if (!CapacityRules.HasFreePlace(mentor.Capacity, held))
            {
                return Outcome.Invalid($"{mentor.DisplayName} has no free place: {held} of {mentor.Capacity} taken.");
            }

            db.Pairings.Add(new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = Now });
            request.Status = RequestStatus.Proposed;

            // Claim the place: the UPDATE of the mentor's version only succeeds if nobody else changed the mentor
            // (or paired them) since we counted, so the count and the insert are one atomic step (ADR 0009).
            mentor.Version = Guid.NewGuid();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.DiscardChanges();
                continue;
            }

            await SendAsync(mentor.UserId, _emails.Proposed(request.DisplayName), cancellationToken);
            return Outcome.Done($"{mentor.DisplayName} has been asked by e-mail.");
        }

        return Outcome.Conflict("Others were pairing this mentor or request at the same moment. Look again and retry.");
    }

    public async Task<PairingView?> GetPairingForFeedbackAsync(int pairingId, CancellationToken cancellationToken = default)
    {
        var pairing = await LoadPairingAsync(pairingId, asMentor: true, asMember: true, asStaff: false, cancellationToken);
        if (pairing is null || pairing.State != PairingState.Ended)
        {
            return null;
        }

        var userId = UserId;
        if (await db.PairingFeedback.AnyAsync(f => f.PairingId == pairingId && f.AuthorUserId == userId, cancellationToken))
        {
            return null;
        }

        return await PairingViews(db.Pairings.Where(p => p.Id == pairingId)).SingleAsync(cancellationToken);
    }

    public async Task<Outcome> LeaveFeedbackAsync(int pairingId, int rating, string? comment, CancellationToken cancellationToken = default)
    {
        if (await GetPairingForFeedbackAsync(pairingId, cancellationToken) is null)
        {
            return Outcome.NotFound();
        }

        if (rating is < 1 or > 5)
        {
            return Outcome.Invalid("Rating", "Choose a rating from 1 to 5.");
        }

        if ((comment?.Trim().Length ?? 0) > MentoringLimits.Comment)
        {
            return Outcome.Invalid("Comment", $"Keep the comment to {MentoringLimits.Comment:N0} characters.");
        }

        var pairing = await db.Pairings.Include(p => p.Mentor).Include(p => p.Request).SingleAsync(p => p.Id == pairingId, cancellationToken);
        db.PairingFeedback.Add(new PairingFeedback
        {
            PairingId = pairingId,
            AuthorUserId = UserId,
            Side = SideOf(pairing) ?? PairingSide.Member,
            Rating = rating,
            Comment = comment?.Trim() ?? string.Empty,
            CreatedAtUtc = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Thank you for your feedback.");
    }

    public async Task<MentoringDashboard> DashboardAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var application = await db.Mentors.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new OwnApplication(
                m.Id, m.DisplayName, m.Status, m.StatusReason, m.AppliedAtUtc, m.Capacity,
                m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace)))
            .SingleOrDefaultAsync(cancellationToken);
        var given = await db.PairingFeedback.AsNoTracking()
            .Where(f => f.AuthorUserId == userId).Select(f => f.PairingId).ToListAsync(cancellationToken);

        var mentorPairings = new List<MentorDashboardPairing>();
        if (application is not null)
        {
            var rows = await db.Pairings.AsNoTracking()
                .Where(p => p.MentorId == application.Id && p.State != PairingState.Cancelled)
                .OrderBy(p => p.State).ThenByDescending(p => p.ProposedAtUtc)
                .Select(p => new { p.Id, p.Request!.MemberUserId, Request = p.Request })
                .ToListAsync(cancellationToken);
            var views = await PairingViews(db.Pairings.Where(p => p.MentorId == application.Id)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var view = views.Single(v => v.Id == row.Id);
                var contact = view.State is PairingState.Accepted or PairingState.Ended
                    ? await accounts.GetEmailAsync(row.MemberUserId, cancellationToken)
                    : null;
                mentorPairings.Add(new MentorDashboardPairing(view, Details(row.Request!), contact, given.Contains(view.Id)));
            }
        }

        var requests = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MemberUserId == userId)
            .OrderByDescending(r => r.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var memberRequests = new List<MemberDashboardRequest>();
        var membersMayChoose = await MembersMayChooseAsync(cancellationToken);
        foreach (var request in requests)
        {
            var views = await PairingViews(db.Pairings.Where(p => p.MenteeRequestId == request.Id)).ToListAsync(cancellationToken);
            var current = views.FirstOrDefault(v => v.State is PairingState.Proposed or PairingState.Accepted);
            string? mentorEmail = null;
            MentorProfile? mentorProfile = null;
            if (current?.State == PairingState.Accepted)
            {
                var mentor = await db.Mentors.AsNoTracking().Where(m => m.Id == current.MentorId)
                    .Select(m => new
                    {
                        m.UserId,
                        Profile = new MentorProfile(
                            m.Specialty, m.State, m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                            m.MeetingPreference, m.Bio, m.YearsInPractice, m.IsImg),
                    })
                    .SingleAsync(cancellationToken);
                mentorEmail = await accounts.GetEmailAsync(mentor.UserId, cancellationToken);
                mentorProfile = mentor.Profile;
            }

            var choices = membersMayChoose && request.Status == RequestStatus.Open
                ? await SuggestAsync(request, MemberChoices, cancellationToken)
                : [];
            memberRequests.Add(new MemberDashboardRequest(
                request.Id, request.Status, request.CreatedAtUtc, current, mentorEmail,
                views.Where(v => v.State == PairingState.Ended).ToList(), given, choices, mentorProfile));
        }

        return new MentoringDashboard(application, mentorPairings, memberRequests, membersMayChoose);
    }

    public async Task<StaffMentoringCounts> StaffCountsAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var pending = await db.Mentors.CountAsync(m => m.Status == MentorStatus.Pending, cancellationToken);
        var approved = await db.Mentors.CountAsync(m => m.Status == MentorStatus.Approved, cancellationToken);
        var open = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Open).Select(r => r.CreatedAtUtc).ToListAsync(cancellationToken);
        var proposed = await db.Pairings.CountAsync(p => p.State == PairingState.Proposed, cancellationToken);
        var active = await db.Pairings.CountAsync(p => p.State == PairingState.Accepted, cancellationToken);
        var nearCapacity = await db.Mentors
            .Where(m => m.Status == MentorStatus.Approved)
            .CountAsync(m => m.Capacity - m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace) <= 1, cancellationToken);
        var matched = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MatchedAtUtc != null).Select(r => new { r.CreatedAtUtc, r.MatchedAtUtc }).ToListAsync(cancellationToken);

        TimeSpan? longest = open.Count == 0 ? null : now - open.Min();
        TimeSpan? average = open.Count == 0 ? null : TimeSpan.FromTicks((long)open.Average(c => (now - c).Ticks));
        TimeSpan? untilMatched = matched.Count == 0
            ? null
            : TimeSpan.FromTicks((long)matched.Average(m => (m.MatchedAtUtc!.Value - m.CreatedAtUtc).Ticks));
        var reminderCutoff = now.AddDays(-options.Value.ProposalReminderDays);
        var aboutToExpire = await db.Pairings.CountAsync(p => p.State == PairingState.Proposed && p.ProposedAtUtc <= reminderCutoff, cancellationToken);
        var rechecks = await LicenseRechecksDueAsync(DateOnly.FromDateTime(now), cancellationToken);
        return new StaffMentoringCounts(pending, approved, open.Count, proposed, active, nearCapacity, longest, average, untilMatched,
            await MembersMayChooseAsync(cancellationToken), aboutToExpire, rechecks);
    }

    /// <summary>Approved or paused mentors whose license check is due again (a license near or past expiry).</summary>
    private async Task<int> LicenseRechecksDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var soon = today.AddDays(VettingRules.RecheckDaysBeforeExpiry);
        var candidates = await db.Mentors.AsNoTracking()
            .Where(m => (m.Status == MentorStatus.Approved || m.Status == MentorStatus.Paused)
                && m.Licenses.Any(l => l.ExpiresOn != null && l.ExpiresOn <= soon))
            .Select(m => new
            {
                Expiries = m.Licenses.Select(l => l.ExpiresOn).ToList(),
                Checked = m.VettingChecks.Where(c => c.Item == VettingItem.LicenseVerified).Select(c => (DateTime?)c.CheckedAtUtc).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return candidates.Count(c => VettingRules.LicenseRecheckDue(c.Expiries, c.Checked, today));
    }

    public async Task<Outcome> SetMembersMayChooseAsync(bool membersMayChoose, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff)
        {
            return Outcome.NotFound();
        }

        var settings = await db.MentoringSettings.SingleOrDefaultAsync(cancellationToken);
        if (settings is null)
        {
            settings = new MentoringSettings();
            db.MentoringSettings.Add(settings);
        }

        settings.MembersMayChoose = membersMayChoose;
        settings.UpdatedAtUtc = Now;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(membersMayChoose
            ? "Members may now choose a mentor from their top suggestions."
            : "Only staff pair members with mentors now.");
    }

    /// <summary>The staff's saved choice, or the configured default until staff save one.</summary>
    private Task<bool> MembersMayChooseAsync(CancellationToken cancellationToken) =>
        Choices.ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken);

    private async Task<IReadOnlyList<MatchSuggestion>> SuggestAsync(MenteeRequest request, int take, CancellationToken cancellationToken)
    {
        var candidates = await Choices.ChoiceQueries.CandidatesAsync(db, request.MemberUserId, request.Id, cancellationToken);
        var match = new MatchRequest(request.HelpAreas, request.PreferredSpecialty, request.Language, request.CountryOfTraining, request.State, request.County);
        return MatchScorer.Rank(match, candidates.Select(c => c.Match), take);
    }

    private async Task<Pairing?> LoadPairingAsync(
        int pairingId, bool asMentor, bool asMember, bool asStaff, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings
            .Include(p => p.Mentor)
            .Include(p => p.Request)
            .SingleOrDefaultAsync(p => p.Id == pairingId, cancellationToken);
        if (pairing is null)
        {
            return null;
        }

        var userId = UserId;
        var allowed = (asMentor && pairing.Mentor!.UserId == userId)
            || (asMember && pairing.Request!.MemberUserId == userId)
            || (asStaff && currentUser.IsStaff);
        return allowed ? pairing : null;
    }

    private PairingSide? SideOf(Pairing pairing) =>
        pairing.Mentor!.UserId == currentUser.UserId ? PairingSide.Mentor
        : pairing.Request!.MemberUserId == currentUser.UserId ? PairingSide.Member
        : null;

    private async Task SendAsync(string userId, EmailContent content, CancellationToken cancellationToken)
    {
        await mail.SendAsync(userId, content, cancellationToken);
    }

    /// <summary>Checks a request, one message per field at fault.</summary>
    public static IReadOnlyList<FieldError> ValidateRequest(MenteeRequestDetails details)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.DisplayName) || details.DisplayName.Trim().Length > MentoringLimits.DisplayName)
        {
            errors.Add(new(nameof(details.DisplayName), "Enter the name your mentor will see."));
        }

        if (details.HelpAreas == HelpAreas.None)
        {
            errors.Add(new(nameof(details.HelpAreas), "Choose at least one thing you want help with."));
        }

        if (details.PreferredSpecialty is not null && !MentoringCatalog.IsSpecialty(details.PreferredSpecialty))
        {
            errors.Add(new(nameof(details.PreferredSpecialty), "Choose a specialty from the list."));
        }

        if (details.Language is not null && !MentoringCatalog.IsLanguage(details.Language))
        {
            errors.Add(new(nameof(details.Language), "Choose a language from the list."));
        }

        if (details.State is not null && !MentoringCatalog.IsState(details.State))
        {
            errors.Add(new(nameof(details.State), "Choose a state from the list."));
        }

        if (details.Note.Trim().Length > MentoringLimits.Note)
        {
            errors.Add(new(nameof(details.Note), $"Keep the note to {MentoringLimits.Note:N0} characters."));
        }

        return errors;
    }

    private static MenteeRequestDetails Details(MenteeRequest r) =>
        new(r.DisplayName, r.HelpAreas, r.PreferredSpecialty, r.Language, r.State, r.County, r.CountryOfTraining, r.Note,
            [.. r.Choices.OrderBy(c => c.Rank).Select(c => c.MentorId)]);

    private static IQueryable<PairingView> PairingViews(IQueryable<Pairing> pairings) =>
        pairings.AsNoTracking()
            .OrderByDescending(p => p.ProposedAtUtc).ThenByDescending(p => p.Id)
            .Select(p => new PairingView(
                p.Id, p.MentorId, p.Mentor!.DisplayName, p.MenteeRequestId, p.Request!.DisplayName, p.State,
                p.ProposedAtUtc, p.RespondedAtUtc, p.EndedAtUtc, p.Reason));
}
