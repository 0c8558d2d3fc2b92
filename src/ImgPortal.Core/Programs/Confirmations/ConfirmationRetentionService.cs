using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Programs.Confirmations;

/// <inheritdoc cref="IConfirmationRetentionService"/>
public sealed class ConfirmationRetentionService(IAppDbContext db, IOptions<ProgramConfirmationOptions> options, TimeProvider clock)
    : IConfirmationRetentionService
{
    public async Task<int> ClearFinishedAddressesAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.EmailRetentionDays);
        var due = await db.ProgramConfirmationRequests
            .Where(r => r.CoordinatorEmail != string.Empty)
            .Where(r =>
                ((r.Status == ProgramConfirmationStatus.Sent || r.Status == ProgramConfirmationStatus.Replaced) && r.ExpiresAtUtc <= cutoff)
                || (r.Status == ProgramConfirmationStatus.Confirmed && r.UsedAtUtc <= cutoff)
                || ((r.Status == ProgramConfirmationStatus.Accepted || r.Status == ProgramConfirmationStatus.Rejected) && r.ReviewedAtUtc <= cutoff))
            .ToListAsync(cancellationToken);
        foreach (var request in due)
        {
            request.CoordinatorEmail = string.Empty;
            request.Version = Guid.NewGuid();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return due.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Staff changed one of them at the same moment (a new link replaced it): the next run clears them.
            db.DiscardChanges();
            return 0;
        }
    }
}
