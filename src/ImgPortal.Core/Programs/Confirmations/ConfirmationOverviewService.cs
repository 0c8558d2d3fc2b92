using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Confirmations;

/// <inheritdoc cref="IConfirmationOverviewService"/>
public sealed class ConfirmationOverviewService(IAppDbContext db, TimeProvider clock) : IConfirmationOverviewService
{
    public async Task<ConfirmationOverview> OverviewAsync(int page, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = now.Year;
        var yearStart = new DateOnly(year, 1, 1);
        var nextYearStart = yearStart.AddYears(1);
        var pageSize = IConfirmationOverviewService.PageSize;
        var total = await db.Programs.CountAsync(cancellationToken);
        var notConfirmed = await db.Programs.CountAsync(
            p => !(p.LastConfirmedByProgram >= yearStart && p.LastConfirmedByProgram < nextYearStart), cancellationToken);
        var programs = await db.Programs.AsNoTracking()
            .OrderBy(p => p.LastConfirmedByProgram >= yearStart && p.LastConfirmedByProgram < nextYearStart).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new { p.Id, p.Name, p.Key, p.LastConfirmedByProgram })
            .ToListAsync(cancellationToken);
        var ids = programs.Select(p => p.Id).ToList();
        var newest = (await db.ProgramConfirmationRequests.AsNoTracking()
                .Where(r => ids.Contains(r.ProgramId))
                .Select(r => new { r.Id, r.ProgramId, r.CoordinatorEmail, r.SentAtUtc, r.ExpiresAtUtc, r.Status, r.RemindersSent })
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.ProgramId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!);
        var rows = programs
            .Select(p =>
            {
                var last = newest.GetValueOrDefault(p.Id);
                var open = last is { Status: ProgramConfirmationStatus.Sent } && last.ExpiresAtUtc > now ? last.Id : (int?)null;
                return new ProgramConfirmationRow(
                    p.Id, p.Name, p.Key, p.LastConfirmedByProgram, p.LastConfirmedByProgram?.Year == year,
                    last?.CoordinatorEmail, last?.SentAtUtc, last?.ExpiresAtUtc, last?.Status, open, last?.RemindersSent ?? 0);
            })
            .ToList();
        var proposals = await db.ProgramConfirmationRequests.AsNoTracking()
            .Where(r => r.Status == ProgramConfirmationStatus.Proposed)
            .Join(db.Programs, r => r.ProgramId, p => p.Id, (r, p) => new { r.Id, p.Name, r.CoordinatorEmail, r.UsedAtUtc, r.SentAtUtc })
            .ToListAsync(cancellationToken);
        return new ConfirmationOverview(
            year,
            new PagedResult<ProgramConfirmationRow>(rows, page, pageSize, total),
            notConfirmed,
            proposals
                .OrderBy(r => r.UsedAtUtc)
                .Select(r => new PendingProposal(r.Id, r.Name, r.CoordinatorEmail, r.UsedAtUtc ?? r.SentAtUtc))
                .ToList());
    }
}
