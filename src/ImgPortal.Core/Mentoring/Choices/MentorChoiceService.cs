using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Choices;

public sealed class MentorChoiceService(IAppDbContext db, ICurrentUser currentUser, IOptions<MentoringOptions> options, TimeProvider clock)
    : IMentorChoiceService
{
    public Task<bool> MembersMayChooseAsync(CancellationToken cancellationToken = default) =>
        ChoiceQueries.MembersMayChooseAsync(db, options.Value.MembersMayChoose, cancellationToken);

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
        settings.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(membersMayChoose
            ? "Members may now choose a mentor from their top suggestions."
            : "Only staff pair members with mentors now.");
    }

    public async Task<ChoiceForm?> FormAsync(MenteeRequestDetails details, int? requestId, CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } userId || !await MembersMayChooseAsync(cancellationToken))
        {
            return null;
        }

        var current = requestId is { } id && await OwnsAsync(id, userId, cancellationToken)
            ? await ChoiceQueries.RankingAsync(db, id, cancellationToken)
            : [];
        return new ChoiceForm(await ChoiceQueries.OptionsAsync(db, userId, details, requestId, cancellationToken), current);
    }

    public async Task<IReadOnlyList<RankedChoice>> RankingAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var allowed = currentUser.IsStaff || (currentUser.UserId is { } userId && await OwnsAsync(requestId, userId, cancellationToken));
        return allowed ? await ChoiceQueries.RankingAsync(db, requestId, cancellationToken) : [];
    }

    public async Task<int?> OpenRequestIdAsync(CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId;
        return userId is null
            ? null
            : await db.MenteeRequests.AsNoTracking()
                .Where(r => r.MemberUserId == userId && r.Status == RequestStatus.Open)
                .Select(r => (int?)r.Id)
                .FirstOrDefaultAsync(cancellationToken);
    }

    private Task<bool> OwnsAsync(int requestId, string userId, CancellationToken cancellationToken) =>
        db.MenteeRequests.AnyAsync(r => r.Id == requestId && r.MemberUserId == userId, cancellationToken);
}
