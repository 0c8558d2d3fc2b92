using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Pathways;

/// <inheritdoc cref="IStatePathwayService"/>
public sealed class StatePathwayService(IAppDbContext db, ICommissionReportSource commission, IGuidanceService guidance) : IStatePathwayService
{
    /// <summary>The guidance page whose title, summary and text introduce <c>/state-pathways</c>: staff edit it as any page.</summary>
    public const string IntroSlug = "state-pathways";

    private static readonly PathwayStatus[] Current = [.. PathwayStatuses.CurrentStrongestFirst];

    private static readonly PathwayStatus[] Past = [.. PathwayStatuses.History];

    public async Task<PathwayOverview> GetOverviewAsync(PathwayFilter filter, CancellationToken cancellationToken = default)
    {
        var current = await GetCurrentAsync(cancellationToken);
        var shown = current
            .Where(p => filter.Kind is null || p.Kind == filter.Kind)
            .Where(p => filter.Status is null || p.Status == filter.Status)
            .ToList();
        var states = UsStates.All.Select(s =>
        {
            var own = shown.Where(p => p.State == s.Code).ToList();
            return new StateStanding(s.Code, PathwayStatuses.Strongest(own.Select(p => p.Status)), own);
        }).ToList();
        var intro = await guidance.GetPageAsync(IntroSlug, cancellationToken);
        if (intro is not null)
        {
            intro = intro with
            {
                BodyHtml = PathwayCountTokens.Replace(intro.BodyHtml, current),
                Sections = intro.Sections.Select(s => s with { BodyHtml = PathwayCountTokens.Replace(s.BodyHtml, current) }).ToList(),
            };
        }

        return new PathwayOverview(filter, states, shown.Count, Counts(current), commission.Read(), current.Max(p => p.LastVerifiedOn), intro);
    }

    public async Task<StatePathwaysPage?> GetStateAsync(string state, CancellationToken cancellationToken = default)
    {
        if (UsStates.Find(state) is not { } found)
        {
            return null;
        }

        var pathways = (await db.StatePathways.AsNoTracking().Where(p => p.State == found.Code).OrderBy(p => p.Name).ToListAsync(cancellationToken))
            .Select(PathwayDetail.From).ToList();
        var keys = pathways.Select(p => p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(StatePathway) && a.Action == AuditAction.Modified && keys.Contains(a.EntityKey))
            .OrderByDescending(a => a.AtUtc)
            .Select(a => new { a.EntityKey, a.AtUtc, a.BeforeJson, a.AfterJson })
            .ToListAsync(cancellationToken);
        var changes = entries.SelectMany(e => PathwayChangeLog.Describe(int.Parse(e.EntityKey, System.Globalization.CultureInfo.InvariantCulture), e.AtUtc, e.BeforeJson, e.AfterJson)).ToList();
        return new StatePathwaysPage(
            found.Code,
            pathways.Where(p => p.IsCurrent).ToList(),
            pathways.Where(p => !p.IsCurrent).OrderByDescending(p => p.EndsOn ?? p.EffectiveOn ?? p.EnactedOn).ToList(),
            changes);
    }

    public async Task<PathwayComparison> CompareAsync(string? states, CancellationToken cancellationToken = default)
    {
        var codes = PathwayComparer.ParseStates(states);
        if (PathwayComparer.Problem(codes) is not null)
        {
            return PathwayComparer.Compare(codes, []);
        }

        var pathways = (await db.StatePathways.AsNoTracking()
                .Where(p => codes.Contains(p.State) && Current.Contains(p.Status))
                .ToListAsync(cancellationToken))
            .Select(PathwayDetail.From).ToList();
        return PathwayComparer.Compare(codes, pathways);
    }

    public async Task<IReadOnlyList<PathwayDetail>> GetHistoryAsync(CancellationToken cancellationToken = default) =>
        (await db.StatePathways.AsNoTracking().Where(p => Past.Contains(p.Status)).ToListAsync(cancellationToken))
            .Select(PathwayDetail.From)
            .OrderBy(p => p.StateName, StringComparer.Ordinal).ThenBy(p => p.EffectiveOn ?? p.EnactedOn).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    public async Task<IReadOnlyList<PathwayDetail>> GetCurrentAsync(CancellationToken cancellationToken = default) =>
        (await db.StatePathways.AsNoTracking().Where(p => Current.Contains(p.Status)).ToListAsync(cancellationToken))
            .Select(PathwayDetail.From)
            .OrderBy(p => p.StateName, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The overview's counts, from all current pathways (never hard-coded).</summary>
    public static IReadOnlyList<PathwayCount> Counts(IReadOnlyList<PathwayDetail> current)
    {
        int StatesWhere(Func<PathwayDetail, bool> predicate) => current.Where(predicate).Select(p => p.State).Distinct().Count();

        bool Full(PathwayDetail p) => p.Kind == PathwayKind.FullLicenseWithoutUsResidency;

        return
        [
            new(PathwayCountTokens.StatesWithEnactedFullLicenseRoute(current).Count,
                "have enacted a route to a full license without US residency training"),
            new(StatesWhere(p => Full(p) && p.Status == PathwayStatus.AcceptingApplications), "are accepting applications for a route to a full license now"),
            new(StatesWhere(p => Full(p) && p.Status == PathwayStatus.EnactedRulesPending), "have a route to a full license enacted whose rules are still being written"),
            new(StatesWhere(p => Full(p) && p.Status == PathwayStatus.BillPending), "have a bill pending for a route to a full license"),
            new(StatesWhere(p => MapStandings.IsLimited(p.Kind) && p.Status != PathwayStatus.BillPending),
                "have a limited license or permit that never converts to a full license"),
        ];
    }
}
