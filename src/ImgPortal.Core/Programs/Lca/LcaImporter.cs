using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// Imports one uploaded disclosure file: streams its rows through <see cref="LcaTally"/>, reporting progress every
/// <see cref="ProgressEvery"/> rows, then in one transaction replaces the filings of every fiscal year the file
/// covers. A refused file (<see cref="LcaFileRefusedException"/>) changes no filing. The upload is deleted at the end.
/// </summary>
public sealed class LcaImporter(IAppDbContext db, ILcaFileReader reader, LcaUploadFolder folder, TimeProvider clock) : ILcaImporter
{
    public const int ProgressEvery = 20_000;

    public async Task<int> RunNextAsync(CancellationToken cancellationToken = default)
    {
        var next = await db.LcaImports.AsNoTracking()
            .Where(i => i.Status == LcaImportStatus.Queued)
            .OrderBy(i => i.Id)
            .Select(i => (int?)i.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is not { } id)
        {
            return 0;
        }

        // Claimed in one conditional statement: with several instances only one moves it out of Queued.
        var now = clock.GetUtcNow().UtcDateTime;
        var claimed = await db.LcaImports
            .Where(i => i.Id == id && i.Status == LcaImportStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, LcaImportStatus.Running).SetProperty(i => i.StartedAtUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        await RunAsync(id, cancellationToken);
        return 1;
    }

    private async Task RunAsync(int id, CancellationToken cancellationToken)
    {
        var import = await db.LcaImports.AsNoTracking().SingleAsync(i => i.Id == id, cancellationToken);
        var path = folder.PathOf(import.StoredName);
        var tally = new LcaTally();
        try
        {
            await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            using (var sheet = reader.Open(file))
            {
                var total = sheet.RowCount;
                await db.LcaImports.Where(i => i.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.RowsTotal, total), cancellationToken);
                foreach (var row in sheet.Rows())
                {
                    tally.Add(row);
                    if (tally.RowsRead % ProgressEvery == 0)
                    {
                        await ReportAsync(id, tally, cancellationToken);
                    }
                }
            }

            if (tally.FiscalYears.Count == 0)
            {
                throw new LcaFileRefusedException(
                    $"The file has no row with a {LcaColumns.DecisionDate}, so the fiscal year it covers is unknown.");
            }

            await SaveAsync(id, tally, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the upload stays, and the next start imports it from the beginning.
            await db.LcaImports.Where(i => i.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, LcaImportStatus.Queued), CancellationToken.None);
            return;
        }
        catch (LcaFileRefusedException refused)
        {
            await FinishAsync(id, tally, LcaImportStatus.Refused, Clip(refused.Message + " Nothing was imported."), null, CancellationToken.None);
        }
        catch (Exception failed) when (failed is not OperationCanceledException)
        {
            // Any other failure (the disk, the database) also ends the import, so it never stays "running" for ever.
            await FinishAsync(
                id, tally, LcaImportStatus.Refused,
                $"The import stopped on an error ({failed.GetType().Name}). Nothing was imported; upload the file again.",
                null, CancellationToken.None);
        }

        File.Delete(path);
    }


    private static string Count(long count, string one) =>
        count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " " + one + (count == 1 ? string.Empty : "s");

    private async Task SaveAsync(int id, LcaTally tally, CancellationToken cancellationToken)
    {
        var years = tally.FiscalYears.ToList();
        var yearsText = string.Join(", ", years);
        var message = $"{(years.Count == 1 ? "Fiscal year" : "Fiscal years")} {yearsText}: {Count(tally.RowsKept, "certified H-1B resident or fellow physician case")} in New York kept of {Count(tally.RowsRead, "row")}"
            + (tally.Duplicates > 0 ? $"; {Count(tally.Duplicates, "repeated case number")} counted once." : ".");
        await db.InTransactionAsync(
            async ct =>
            {
                db.DiscardChanges();
                await db.LcaFilings.Where(f => years.Contains(f.FiscalYear)).ExecuteDeleteAsync(ct);
                db.LcaFilings.AddRange(tally.Filings(id));
                await db.SaveChangesAsync(ct);
                await FinishAsync(id, tally, LcaImportStatus.Done, Clip(message), yearsText, ct);
                return 0;
            },
            cancellationToken);
    }

    private Task<int> ReportAsync(int id, LcaTally tally, CancellationToken cancellationToken)
    {
        var read = tally.RowsRead;
        var kept = tally.RowsKept;
        return db.LcaImports.Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RowsRead, read).SetProperty(i => i.RowsKept, kept), cancellationToken);
    }

    private Task<int> FinishAsync(int id, LcaTally tally, LcaImportStatus status, string message, string? years, CancellationToken cancellationToken)
    {
        var read = tally.RowsRead;
        var kept = status == LcaImportStatus.Done ? tally.RowsKept : 0;
        var now = clock.GetUtcNow().UtcDateTime;
        return db.LcaImports.Where(i => i.Id == id)
            .ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Status, status)
                    .SetProperty(i => i.RowsRead, read)
                    .SetProperty(i => i.RowsKept, kept)
                    .SetProperty(i => i.Message, message)
                    .SetProperty(i => i.FiscalYears, years)
                    .SetProperty(i => i.FinishedAtUtc, now),
                cancellationToken);
    }

    private static string Clip(string text) => text.Length <= LcaImport.MessageMaxLength ? text : text[..LcaImport.MessageMaxLength];
}
