using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch.Citations;

/// <summary>
/// The source lines of the residency program records (<c>/staff/programs</c>): where the program is confirmed to exist
/// and each stated policy's source (<see cref="ProgramPolicy.All"/>).
/// </summary>
public sealed class ResidencyProgramCitations : ICitationProvider
{
    public string Kind => "program";

    public async Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var programs = await db.Programs.AsNoTracking().ToListAsync(cancellationToken);
        return [.. programs.SelectMany(p => SourceLinesOf(p).SelectMany(SourceUrls.InSourceLines).Distinct(StringComparer.Ordinal).Select(url =>
            new Citation(url, Kind, p.Id.ToString(CultureInfo.InvariantCulture), $"Program: {p.Name}", $"/staff/programs/{p.Id}")))];
    }

    /// <summary>
    /// Moves the date of every line citing the address, and the checked date of each policy whose source it is
    /// (never back).
    /// </summary>
    public async Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken)
    {
        if (!int.TryParse(itemKey, CultureInfo.InvariantCulture, out var id)
            || await db.Programs.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } program
            || !SourceLinesOf(program).SelectMany(SourceUrls.InSourceLines).Contains(normalizedUrl, StringComparer.Ordinal))
        {
            return false;
        }

        program.ExistenceSource = SourceUrls.MarkChecked(program.ExistenceSource, normalizedUrl, on);
        foreach (var policy in ProgramPolicy.All)
        {
            if (SourceUrls.InSourceLines(policy.Source(program)).Contains(normalizedUrl, StringComparer.Ordinal))
            {
                policy.MarkChecked(program, normalizedUrl, on);
            }
        }

        return true;
    }

    private static IEnumerable<string> SourceLinesOf(ResidencyProgram program) =>
        ProgramPolicy.All.Select(p => p.Source(program)).Prepend(program.ExistenceSource);
}
