using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>The source lines of the published sections and steps of guidance pages (retired pages included: they may return).</summary>
public sealed class PageSectionCitations : ICitationProvider
{
    public string Kind => "page-section";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var sections = await db.PageSections.AsNoTracking()
            .Where(s => s.Sources != string.Empty)
            .Select(s => new { s.Id, s.GuidancePageId, PageTitle = s.Page!.Title, s.Heading, s.Sources })
            .ToListAsync(cancellationToken);
        return [.. sections.SelectMany(s => SourceUrls.InSourceLines(s.Sources).Select(url =>
            new Citation(url, Kind, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{s.PageTitle}: {s.Heading}", $"/staff/pages/{s.GuidancePageId}")))];
    }

    public async Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemKey, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || await db.PageSections.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } section)
        {
            return false;
        }

        section.Sources = SourceUrls.MarkChecked(section.Sources, normalizedUrl, on);
        return true;
    }
}
