using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Seo;

/// <summary>
/// The home page, every guidance page, the state pathway comparison and each state with a pathway, the program finder
/// and each program's page, the glossary, the cost planner, the Match dates (<c>/dates</c>), the mentor directory and the privacy page. Member, staff and account pages are never listed (robots.txt keeps
/// crawlers out of them); nor are search results or the self-check, which answer a visitor's own question.
/// </summary>
public sealed class SitemapService(IAppDbContext db) : ISitemapService
{
    public const string PrivacyPath = "/privacy";

    public const string MentorDirectoryPath = "/mentoring/mentors";

    public const string GlossaryPath = "/glossary";

    public const string DatesPath = "/dates";

    public const string PathwayComparisonPath = "/state-pathways/compare";

    public const string ProgramFinderPath = "/programs";
    public const string CostPlannerPath = "/costs";

    public async Task<IReadOnlyList<SitemapEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var pages = await db.GuidancePages.AsNoTracking()
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Slug)
            .Select(p => new SitemapEntry("/" + p.Slug, p.UpdatedAtUtc))
            .ToListAsync(cancellationToken);

        // The home page lists the guidance pages, so it changes when any of them does.
        var home = new SitemapEntry("/", pages.Max(p => p.LastModifiedUtc));
        var mentorsChanged = await db.Mentors.AsNoTracking()
            .Where(m => m.Status == MentorStatus.Approved && m.ListInDirectory)
            .MaxAsync(m => m.ReviewedAtUtc, cancellationToken);

        var states = await db.StatePathways.AsNoTracking()
            .Select(p => p.State).Distinct().OrderBy(s => s)
            .ToListAsync(cancellationToken);

        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Key).Select(p => p.Key).ToListAsync(cancellationToken);

        return
        [
            home, .. pages, new SitemapEntry(PathwayComparisonPath, null),
            .. states.Select(s => new SitemapEntry("/state-pathways/" + s.ToLowerInvariant(), null)),
            new SitemapEntry(ProgramFinderPath, null), .. programs.Select(k => new SitemapEntry(ProgramFinderPath + "/" + k, null)),
            new SitemapEntry(GlossaryPath, null), new SitemapEntry(CostPlannerPath, null), new SitemapEntry(DatesPath, null), new SitemapEntry(MentorDirectoryPath, mentorsChanged), new SitemapEntry(PrivacyPath, null),
        ];
    }
}
