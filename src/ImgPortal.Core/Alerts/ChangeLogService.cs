using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Alerts;

/// <inheritdoc cref="IChangeLogService"/>
public sealed class ChangeLogService(IAppDbContext db) : IChangeLogService
{
    public async Task<PagedResult<ChangeRow>> ListAsync(string? topic, string? state, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var query = db.ChangeLogEntries.AsNoTracking();
        if (ChangeTopics.Find(topic) is { } found)
        {
            query = query.Where(e => e.Topic == found.Key);
        }

        if (UsStates.Find(state?.ToUpperInvariant()) is { } chosen)
        {
            query = query.Where(e => e.State == chosen.Code);
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(e => e.PublishedAtUtc).ThenByDescending(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new ChangeRow(e.Id, e.Topic, e.State, e.Title, e.Summary, e.Link, e.PublishedAtUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<ChangeRow>(rows, page, pageSize, total);
    }
}
