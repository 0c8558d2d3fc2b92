using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

public sealed class DashboardService(IAppDbContext db, TimeProvider clock, IStaffToDoService toDo) : IDashboardService
{
    /// <summary>How many months the over-time charts cover, this month included.</summary>
    public const int MonthsShown = 12;

    public async Task<DashboardData> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var firstMonth = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1 - MonthsShown);

        var stages = await db.ImgProfiles.AsNoTracking()
            .GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Stage, x => x.Count, cancellationToken);
        var requests = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.CreatedAtUtc >= firstMonth)
            .GroupBy(r => new { r.CreatedAtUtc.Year, r.CreatedAtUtc.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var pairings = await db.Pairings.AsNoTracking()
            .Where(p => p.ProposedAtUtc >= firstMonth)
            .GroupBy(p => new { p.ProposedAtUtc.Year, p.ProposedAtUtc.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var waivers = await db.WaiverProgramYears.AsNoTracking()
            .OrderBy(w => w.Year).ThenBy(w => w.ProgramName)
            .Select(w => new { w.ProgramName, w.Year, w.TotalWaivers })
            .ToListAsync(cancellationToken);
        var pages = await db.GuidancePages.AsNoTracking()
            .Where(p => p.RetiredAtUtc == null)
            .OrderBy(p => p.LastReviewedOn).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.LastReviewedOn, p.ReviewIntervalMonths })
            .ToListAsync(cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var months = pages.Select(p => (Page: p, Months: MonthsBetween(p.LastReviewedOn, today))).ToList();
        return new DashboardData(
            await toDo.GetAsync(cancellationToken),
            Enum.GetValues<RoadmapStage>().Select(s => new LabelledValue(s.ToString(), stages.GetValueOrDefault(s))).ToList(),
            ByMonth(firstMonth, requests.Select(r => (r.Year, r.Month, r.Count))),
            ByMonth(firstMonth, pairings.Select(p => (p.Year, p.Month, p.Count))),
            waivers.Select(w => new LabelledValue($"{w.ProgramName} {w.Year}", w.TotalWaivers)).ToList(),
            months.Select(m => new LabelledValue(m.Page.Title, m.Months)).ToList(),
            months.Where(m => PageRules.ReviewStatusOn(m.Page.LastReviewedOn, m.Page.ReviewIntervalMonths, today) == ReviewStatus.Overdue)
                .Select(m => new OverduePage(m.Page.Id, m.Page.Title, m.Page.LastReviewedOn, m.Months))
                .ToList());
    }

    /// <summary>One value per month from <paramref name="firstMonth"/> on, zero where nothing happened.</summary>
    public static IReadOnlyList<LabelledValue> ByMonth(DateTime firstMonth, IEnumerable<(int Year, int Month, int Count)> counts)
    {
        var byMonth = counts.ToDictionary(c => (c.Year, c.Month), c => c.Count);
        return Enumerable.Range(0, MonthsShown)
            .Select(i => firstMonth.AddMonths(i))
            .Select(m => new LabelledValue(
                m.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture),
                byMonth.GetValueOrDefault((m.Year, m.Month))))
            .ToList();
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (0 when in the future).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }
}
