using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Lca;

/// <summary>The distinct sponsoring institutions of the program records.</summary>
public sealed class ProgramInstitutionNames(IAppDbContext db) : ISponsoringInstitutionNames
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Programs.AsNoTracking()
            .Where(p => p.SponsoringInstitution != string.Empty)
            .Select(p => p.SponsoringInstitution)
            .Distinct()
            .OrderBy(n => n)
            .ToListAsync(cancellationToken);
}
