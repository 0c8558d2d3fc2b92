using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Lca;

public sealed class LcaImports(IAppDbContext db, LcaUploadFolder folder, ICurrentUser user, TimeProvider clock) : ILcaImports
{
    public async Task<int> QueueAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder.Path);
        var stored = $"{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}.xlsx";
        long size;
        await using (var file = new FileStream(folder.PathOf(stored), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken);
            size = file.Length;
        }

        var name = Path.GetFileName(fileName);
        var import = new LcaImport
        {
            FileName = name.Length <= LcaImport.FileNameMaxLength ? name : name[..LcaImport.FileNameMaxLength],
            StoredName = stored,
            SizeBytes = size,
            Status = LcaImportStatus.Queued,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = user.UserId,
        };
        db.LcaImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        return import.Id;
    }

    public Task<LcaImport?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.LcaImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<IReadOnlyList<LcaImport>> HistoryAsync(int count, CancellationToken cancellationToken = default) =>
        await db.LcaImports.AsNoTracking().OrderByDescending(i => i.Id).Take(count).ToListAsync(cancellationToken);
}
