using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>The source lines of the state pathway records.</summary>
public sealed class StatePathwayCitations : ICitationProvider
{
    public string Kind => "state-pathway";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var pathways = await db.StatePathways.AsNoTracking()
            .Where(p => p.Sources != string.Empty)
            .Select(p => new { p.Id, p.State, p.Name, p.Sources })
            .ToListAsync(cancellationToken);
        return [.. pathways.SelectMany(p => SourceUrls.InSourceLines(p.Sources).Select(url =>
            new Citation(url, Kind, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{UsStates.NameOf(p.State)} pathway: {p.Name}", $"/staff/state-pathways/{p.Id}")))];
    }

    public async Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemKey, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || await db.StatePathways.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } pathway)
        {
            return false;
        }

        pathway.Sources = SourceUrls.MarkChecked(pathway.Sources, normalizedUrl, on);
        return true;
    }
}
