using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Requests;

public sealed class MenteeRequestService(
    IAppDbContext db,
    ICurrentUser currentUser,
    MentoringMailer mail,
    TimeProvider clock,
    IOptions<MentoringOptions> options,
    IPortalLinks links)
    : IMenteeRequestService
{
    private readonly MentoringEmails _emails = new(links);

    private static readonly RequestStatus[] ActiveRequestStatuses = [RequestStatus.Open, RequestStatus.Proposed, RequestStatus.Matched];

    private string UserId => currentUser.UserId ?? throw new InvalidOperationException("This needs a signed-in user.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<bool> HasActiveRequestAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        return await db.MenteeRequests.AnyAsync(r => r.MemberUserId == userId && ActiveRequestStatuses.Contains(r.Status), cancellationToken);
    }

    public async Task<IReadOnlyList<FieldError>> ValidateAsync(MenteeRequestDetails details, int? requestId, CancellationToken cancellationToken = default)
    {
        var mayChoose = await ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken);
        return await ProblemsAsync(details, requestId, mayChoose, cancellationToken);
    }

    public async Task<Outcome> CreateRequestAsync(MenteeRequestDetails details, CancellationToken cancellationToken = default)
    {
        if (await HasActiveRequestAsync(cancellationToken))
        {
            return Outcome.Invalid(MentoringMessages.AlreadyRequested);
        }

        var problems = await ValidateAsync(details, null, cancellationToken);
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
            ShareRoadmapWithMentor = details.ShareRoadmap,
            CreatedAtUtc = Now,
            Choices = [.. ChoiceRules.ToRows(details.MentorChoices ?? [])],
        };
        var wait = WaitEstimate.Describe(await RecentAverageWaitAsync(cancellationToken));
        db.MenteeRequests.Add(request);

        // The acknowledgement links to the request by its id, known after the first save: one transaction holds
        // both saves, so the request and its e-mail are stored together or not at all (ADR 0096).
        await db.InTransactionAsync(
            async ct =>
            {
                await db.SaveChangesAsync(ct);
                await mail.SendAsync(request.MemberUserId, _emails.RequestReceived(request.DisplayName, request.Id, wait), ct);
                return await db.SaveChangesAsync(ct);
            },
            cancellationToken);
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
        return request is null ? null : new OwnRequest(request.Id, RequestRules.Details(request), request.Status, request.CreatedAtUtc, request.Version);
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

        var mayChoose = await ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken);
        var problems = await ProblemsAsync(details, id, mayChoose, cancellationToken);
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
        request.ShareRoadmapWithMentor = details.ShareRoadmap;
        if (mayChoose)
        {
            // Without member choice the form has no ranking: an earlier one stays for when staff allow it again.
            db.MentorChoices.RemoveRange(request.Choices);
            request.Choices.AddRange(ChoiceRules.ToRows(details.MentorChoices ?? []));
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
        if (proposed is not null)
        {
            await mail.SendAsync(proposed.Mentor!.UserId, _emails.RequestWithdrawnToMentor(request.DisplayName), cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("Something changed at the same moment. Look again and retry.");
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

    /// <summary>The request's own rules and its ranking's, every field at fault.</summary>
    private async Task<IReadOnlyList<FieldError>> ProblemsAsync(MenteeRequestDetails details, int? requestId, bool mayChoose, CancellationToken cancellationToken) =>
        [.. RequestRules.Validate(details), .. await ChoiceQueries.ValidateAsync(db, UserId, details, requestId, mayChoose, cancellationToken)];
}
