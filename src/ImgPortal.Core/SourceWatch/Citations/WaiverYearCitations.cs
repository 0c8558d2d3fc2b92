using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>
/// The State 30 figures' report address. Its date (<c>AsOf</c>) is the day the figures were true, not a checked
/// date, so resolving a task leaves it alone: staff record new figures with their own date.
/// </summary>
public sealed class WaiverYearCitations : ICitationProvider
{
    public string Kind => "waiver-year";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var years = await db.WaiverProgramYears.AsNoTracking()
            .Where(y => y.SourceUrl != string.Empty)
            .Select(y => new { y.Id, y.ProgramName, y.Year, y.SourceUrl })
            .ToListAsync(cancellationToken);
        return [.. years
            .Select(y => (y.Id, y.ProgramName, y.Year, Url: SourceUrls.Normalize(y.SourceUrl)))
            .Where(y => y.Url is not null)
            .Select(y => new Citation(y.Url!, Kind, y.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"State 30 figures: {y.ProgramName} FY{y.Year}", $"/staff/waiver-years/{y.Id}"))];
    }

    public Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
