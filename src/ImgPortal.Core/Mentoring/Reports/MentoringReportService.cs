using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Reports;

/// <summary>
/// Reads every request (deleted members' included: ADR 0047 keeps them with an anonymous id) with its
/// pairings' state and ratings, and the outcomes of the members who asked.
/// </summary>
public sealed class MentoringReportService(IAppDbContext db, ICurrentUser currentUser) : IMentoringReportService
{
    public async Task<IReadOnlyList<CohortFigures>> CohortsAsync(CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff)
        {
            return [];
        }

        var requests = await RequestsAsync(cancellationToken);
        var outcomes = await db.MemberOutcomes.AsNoTracking()
            .Where(o => db.MenteeRequests.Any(r => r.MemberUserId == o.UserId))
            .Select(o => new { o.UserId, o.Kind })
            .ToListAsync(cancellationToken);
        return CohortCalculator.Compute(requests, outcomes.Select(o => (o.UserId, o.Kind)));
    }

    public async Task<IReadOnlyList<CohortRequest>> RowsAsync(CancellationToken cancellationToken = default) =>
        currentUser.IsStaff ? await RequestsAsync(cancellationToken) : [];

    private async Task<IReadOnlyList<CohortRequest>> RequestsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.MenteeRequests.AsNoTracking()
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.MemberUserId,
                r.CreatedAtUtc,
                r.MatchedAtUtc,
                Active = r.Pairings.Any(p => p.State == PairingState.Accepted),
                Ratings = r.Pairings.SelectMany(p => p.Feedback).Select(f => f.Rating).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CohortRequest(r.MemberUserId, r.CreatedAtUtc, r.MatchedAtUtc, r.Active, r.Ratings))];
    }
}
