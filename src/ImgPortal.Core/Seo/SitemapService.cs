using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Seo;

/// <summary>
/// The home page, every guidance page, the mentor directory and the privacy page. Member, staff and account
/// pages are never listed (robots.txt keeps crawlers out of them).
/// </summary>
public sealed class SitemapService(IAppDbContext db) : ISitemapService
{
    public const string PrivacyPath = "/privacy";

    public const string MentorDirectoryPath = "/mentoring/mentors";

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

        return [home, .. pages, new SitemapEntry(MentorDirectoryPath, mentorsChanged), new SitemapEntry(PrivacyPath, null)];
    }
}
