using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

/// <summary>One labelled number of a chart.</summary>
public sealed record LabelledValue(string Label, int Value);

public sealed record OverduePage(int Id, string Title, DateOnly LastReviewedOn, int MonthsSinceReview);

public sealed record DashboardData(
    IReadOnlyList<LabelledValue> WaiverFiguresByYear,
    IReadOnlyList<LabelledValue> MonthsSinceReview,
    IReadOnlyList<OverduePage> OverduePages);

/// <summary>The figures the staff home page charts. Members by stage and mentoring charts join when their data exists.</summary>
public interface IDashboardService
{
    Task<DashboardData> GetAsync(CancellationToken cancellationToken = default);
}

public sealed class DashboardService(IAppDbContext db, TimeProvider clock) : IDashboardService
{
    public async Task<DashboardData> GetAsync(CancellationToken cancellationToken = default)
    {
        var waivers = await db.WaiverProgramYears.AsNoTracking()
            .OrderBy(w => w.Year).ThenBy(w => w.ProgramName)
            .Select(w => new { w.ProgramName, w.Year, w.TotalWaivers })
            .ToListAsync(cancellationToken);
        var pages = await db.GuidancePages.AsNoTracking()
            .OrderBy(p => p.LastReviewedOn).ThenBy(p => p.Title)
            .Select(p => new { p.Id, p.Title, p.LastReviewedOn })
            .ToListAsync(cancellationToken);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var months = pages.Select(p => (Page: p, Months: MonthsBetween(p.LastReviewedOn, today))).ToList();
        return new DashboardData(
            waivers.Select(w => new LabelledValue($"{w.ProgramName} {w.Year}", w.TotalWaivers)).ToList(),
            months.Select(m => new LabelledValue(m.Page.Title, m.Months)).ToList(),
            months.Where(m => PageEditingService.IsOverdue(m.Page.LastReviewedOn, today))
                .Select(m => new OverduePage(m.Page.Id, m.Page.Title, m.Page.LastReviewedOn, m.Months))
                .ToList());
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (0 when in the future).</summary>
    public static int MonthsBetween(DateOnly from, DateOnly to)
    {
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month - (to.Day < from.Day ? 1 : 0);
        return Math.Max(0, months);
    }
}
