using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Lca;

public sealed class LcaEvidence(IAppDbContext db) : ILcaEvidence
{
    public async Task<IReadOnlyList<LcaEvidenceYear>> ForInstitutionAsync(string institutionName, CancellationToken cancellationToken = default)
    {
        var key = EmployerNames.Normalize(institutionName);
        if (key.Length == 0)
        {
            return [];
        }

        var employers = db.LcaEmployerMatches
            .Where(m => m.NormalizedInstitution == key && m.Decision == LcaMatchDecision.Confirmed)
            .Select(m => m.NormalizedEmployer);
        var years = await db.LcaFilings.AsNoTracking()
            .Where(f => employers.Contains(f.NormalizedEmployer))
            .GroupBy(f => f.FiscalYear)
            .Select(g => new { Year = g.Key, Filings = g.Sum(f => f.Filings), ImportId = g.Max(f => f.LcaImportId) })
            .ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            return [];
        }

        var importIds = years.Select(y => y.ImportId).Distinct().ToList();
        var imported = await db.LcaImports.AsNoTracking()
            .Where(i => importIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.FinishedAtUtc ?? i.UploadedAtUtc, cancellationToken);
        return [.. years
            .OrderByDescending(y => y.Year)
            .Select(y => new LcaEvidenceYear(y.Year, y.Filings, imported.GetValueOrDefault(y.ImportId)))];
    }
}
