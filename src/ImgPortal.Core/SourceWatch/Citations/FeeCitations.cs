using System.Globalization;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>The source lines of the fee records the cost planner uses (<c>/staff/fees</c>).</summary>
public sealed class FeeCitations : ICitationProvider
{
    public string Kind => "fee";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var fees = await db.Fees.AsNoTracking()
            .Where(f => f.Sources != string.Empty)
            .Select(f => new { f.Id, f.Purpose, f.AppliesTo, f.Sources })
            .ToListAsync(cancellationToken);
        return [.. fees.SelectMany(f => SourceUrls.InSourceLines(f.Sources).Select(url =>
            new Citation(url, Kind, f.Id.ToString(CultureInfo.InvariantCulture), $"Fee: {f.Purpose} ({f.AppliesTo.ToString(CultureInfo.InvariantCulture)})", $"/staff/fees/{f.Id}")))];
    }

    /// <summary>Moves the line's date and the fee's own checked date (never back).</summary>
    public async Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemKey, CultureInfo.InvariantCulture, out var id)
            || await db.Fees.FirstOrDefaultAsync(f => f.Id == id, cancellationToken) is not { } fee
            || !SourceUrls.InSourceLines(fee.Sources).Contains(normalizedUrl, StringComparer.Ordinal))
        {
            return false;
        }

        fee.Sources = SourceUrls.MarkChecked(fee.Sources, normalizedUrl, on);
        if (fee.CheckedOn < on)
        {
            fee.CheckedOn = on;
        }

        return true;
    }
}
