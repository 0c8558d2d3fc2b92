using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Log;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// The stuck test runs in SQL (<see cref="StuckPairings"/>) so the to-do count and the page agree; the reasons are then
/// worded by <see cref="StuckRules"/> for the page's rows only.
/// </summary>
public sealed class StaffPairingsService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IStaffPairingsService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResult<StaffPairingRow>> ListActiveAsync(bool stuckOnly, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        if (!currentUser.IsStaff)
        {
            return MentoringPaging.Empty<StaffPairingRow>(page, MentoringPaging.StaffPageSize);
        }

        var now = Now;
        var active = db.Pairings.AsNoTracking().Where(p => p.State == PairingState.Accepted);
        var stuck = StuckPairings.Query(db, now).AsNoTracking();
        var query = stuckOnly ? stuck : active;
        var stuckIds = stuck.Select(p => p.Id);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(p => stuckIds.Contains(p.Id)).ThenBy(p => p.RespondedAtUtc).ThenBy(p => p.Id)
            .Skip((page - 1) * MentoringPaging.StaffPageSize).Take(MentoringPaging.StaffPageSize)
            .Select(p => new
            {
                p.Id,
                p.MenteeRequestId,
                p.MentorId,
                MentorName = p.Mentor!.DisplayName,
                MenteeName = p.Request!.DisplayName,
                AcceptedAtUtc = p.RespondedAtUtc ?? p.ProposedAtUtc,
                LastMeetingOn = db.PairingLogEntries.Where(e => e.PairingId == p.Id && e.Kind == LogEntryKind.Meeting)
                    .Max(e => (DateOnly?)e.OccurredOn),
                Confirmed = db.MentoringAgreements.Any(a => a.PairingId == p.Id && a.ConfirmedAtUtc != null),
                FeedbackCount = db.PairingFeedback.Count(f => f.PairingId == p.Id),
                LastFeedbackAtUtc = db.PairingFeedback.Where(f => f.PairingId == p.Id).Max(f => (DateTime?)f.CreatedAtUtc),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var notWell = await StuckPairings.LatestNotWell(db, db.CheckInResponses.AsNoTracking().Where(r => ids.Contains(r.PairingId)))
            .Select(r => new { r.PairingId, r.Side })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new StaffPairingRow(
                r.Id, r.MenteeRequestId, r.MentorId, r.MentorName, r.MenteeName, r.AcceptedAtUtc, r.LastMeetingOn, r.Confirmed,
                StuckRules.Reasons(r.AcceptedAtUtc, now, r.LastMeetingOn is not null, notWell.Where(n => n.PairingId == r.Id).Select(n => n.Side)),
                r.FeedbackCount,
                r.LastFeedbackAtUtc))
            .ToList();
        return new PagedResult<StaffPairingRow>(items, page, MentoringPaging.StaffPageSize, total);
    }

    public async Task<int> CountStuckAsync(CancellationToken cancellationToken = default) =>
        await StuckPairings.Query(db, Now).CountAsync(cancellationToken);

    public async Task<FeedbackSummary> FeedbackSummaryAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff)
        {
            return new FeedbackSummary(0, null, 0, 0);
        }

        var ratings = await db.PairingFeedback.AsNoTracking()
            .GroupBy(f => f.Side)
            .Select(g => new { Side = g.Key, Count = g.Count(), Sum = g.Sum(f => f.Rating) })
            .ToListAsync(cancellationToken);
        var count = ratings.Sum(r => r.Count);
        return new FeedbackSummary(
            count,
            count == 0 ? null : ratings.Sum(r => r.Sum) / (double)count,
            ratings.Where(r => r.Side == PairingSide.Member).Sum(r => r.Count),
            ratings.Where(r => r.Side == PairingSide.Mentor).Sum(r => r.Count));
    }

    public async Task<IReadOnlyList<MentorFeedbackRow>> MentorFeedbackAsync(int mentorId, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff)
        {
            return [];
        }

        return await db.PairingFeedback.AsNoTracking()
            .Join(db.Pairings.Where(p => p.MentorId == mentorId), f => f.PairingId, p => p.Id, (f, p) => new { f, p.Request!.DisplayName })
            .OrderByDescending(x => x.f.CreatedAtUtc).ThenByDescending(x => x.f.Id)
            .Select(x => new MentorFeedbackRow(x.f.PairingId, x.DisplayName, x.f.Side, x.f.Rating, x.f.Comment, x.f.CreatedAtUtc, x.f.Occasion))
            .ToListAsync(cancellationToken);
    }
}
