using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Glossary;

public sealed class GlossaryService(IAppDbContext db) : IGlossaryService
{
    public async Task<IReadOnlyList<GlossaryEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var entries = await db.GlossaryTerms.AsNoTracking()
            .Select(t => new GlossaryEntry(t.Term, t.LongForm, t.Definition, t.SourceUrl, t.SourceTitle, t.VerifiedOn))
            .ToListAsync(cancellationToken);

        // A few dozen rows: sorted here so the order ignores case the same way on SQLite and SQL Server.
        return entries.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<GlossaryLinker> LinkerAsync(CancellationToken cancellationToken = default) =>
        new(await db.GlossaryTerms.AsNoTracking().Select(t => t.Term).ToListAsync(cancellationToken));
}
