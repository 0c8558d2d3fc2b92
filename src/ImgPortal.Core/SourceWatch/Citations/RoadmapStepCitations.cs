using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>The source lines of the roadmap's steps.</summary>
public sealed class RoadmapStepCitations : ICitationProvider
{
    public string Kind => "roadmap-step";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var steps = await db.RoadmapSteps.AsNoTracking()
            .Where(s => s.Sources != string.Empty)
            .Select(s => new { s.Id, s.Title, s.Sources })
            .ToListAsync(cancellationToken);
        return [.. steps.SelectMany(s => SourceUrls.InSourceLines(s.Sources).Select(url =>
            new Citation(url, Kind, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Roadmap step: {s.Title}", $"/staff/roadmap-steps/{s.Id}")))];
    }

    public async Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemKey, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || await db.RoadmapSteps.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } step)
        {
            return false;
        }

        step.Sources = SourceUrls.MarkChecked(step.Sources, normalizedUrl, on);
        return true;
    }
}
