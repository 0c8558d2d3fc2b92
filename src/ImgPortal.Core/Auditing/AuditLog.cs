using System.Text;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Auditing;

/// <summary>Reads the trail grouped by action and worded by <see cref="AuditWording"/> (ADR 0049).</summary>
public sealed class AuditLog(IAppDbContext db, AuditWording wording, IAuditTitles titles, StaffTimeZone time) : IAuditLog
{
    /// <summary>The most actions one CSV export holds.</summary>
    public const int ExportLimit = 5000;

    public async Task<PagedResult<AuditEvent>> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var actions = Actions(filter);
        var total = await actions.CountAsync(cancellationToken);
        var ids = await actions
            .OrderByDescending(a => a.Last)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => a.ActionId)
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEvent>(await DescribeAsync(ids, cancellationToken), page, pageSize, total);
    }

    public async Task<IReadOnlyList<AuditRow>> RawAsync(string actionId, CancellationToken cancellationToken = default) =>
        await Rows(db.AuditEntries.AsNoTracking().Where(a => a.ActionId == actionId)).ToListAsync(cancellationToken);

    public async Task<string> ExportCsvAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var ids = await Actions(filter).OrderByDescending(a => a.Last).Take(ExportLimit).Select(a => a.ActionId).ToListAsync(cancellationToken);
        var csv = new StringBuilder("When,Who,What,Changes\r\n");
        foreach (var action in await DescribeAsync(ids, cancellationToken))
        {
            var changes = string.Join("; ", action.Changes.Select(c => c.Sentence ?? $"{c.Record} {c.Field}: {c.Before} → {c.After}"));
            csv.Append(MemberDirectoryService.Csv(time.Format(action.AtUtc))).Append(',')
                .Append(MemberDirectoryService.Csv(action.ActorName)).Append(',')
                .Append(MemberDirectoryService.Csv(action.Headline)).Append(',')
                .Append(MemberDirectoryService.Csv(changes)).Append("\r\n");
        }

        return csv.ToString();
    }

    public async Task<IReadOnlyList<AuditKind>> KindsAsync(CancellationToken cancellationToken = default)
    {
        var types = await db.AuditEntries.AsNoTracking().Select(a => a.EntityType).Distinct().ToListAsync(cancellationToken);
        return types.Select(t => new AuditKind(t, wording.EntityName(t))).OrderBy(k => k.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The actions with at least one row the filter keeps, with their newest row's id for ordering.</summary>
    private IQueryable<ActionKey> Actions(AuditFilter filter)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            entries = entries.Where(a => a.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            entries = entries.Where(a => a.ActorName.Contains(actor));
        }

        if (filter.From is { } from)
        {
            var start = StartOfDayUtc(DateBounds.Clamp(from));
            entries = entries.Where(a => a.AtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOfDayUtc(DateBounds.Clamp(to).AddDays(1));
            entries = entries.Where(a => a.AtUtc < end);
        }

        return entries.GroupBy(a => a.ActionId).Select(g => new ActionKey { ActionId = g.Key, Last = g.Max(a => a.Id) });
    }

    private DateTime StartOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), time.Zone);

    private async Task<IReadOnlyList<AuditEvent>> DescribeAsync(List<string> ids, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.AuditEntries.AsNoTracking().Where(a => ids.Contains(a.ActionId))).ToListAsync(cancellationToken);
        var byAction = rows.GroupBy(r => r.ActionId).ToDictionary(g => g.Key, g => (IReadOnlyList<AuditRow>)g.ToList());

        // The records the entries point at (a pairing's mentor, a role grant's account), named once for the whole page.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, key) in wording.References(rows).Distinct())
        {
            if (await titles.TitleAsync(type, key, cancellationToken) is { } name)
            {
                names[AuditWording.NameKey(type, key)] = name;
            }
        }

        var events = new List<AuditEvent>();
        foreach (var id in ids.Where(byAction.ContainsKey))
        {
            var group = byAction[id];
            var subject = AuditWording.Subject(group);
            var current = AuditWording.TitleOf(group, subject) is null
                ? await titles.TitleAsync(subject.EntityType, subject.EntityKey, cancellationToken)
                : null;
            events.Add(wording.Describe(group, current, names));
        }

        return events;
    }

    private static IQueryable<AuditRow> Rows(IQueryable<AuditEntry> entries) =>
        entries.OrderBy(a => a.Id)
            .Select(a => new AuditRow(a.Id, a.ActionId, a.AtUtc, a.ActorName, a.Action, a.EntityType, a.EntityKey, a.BeforeJson, a.AfterJson));

    private sealed class ActionKey
    {
        public required string ActionId { get; init; }

        public long Last { get; init; }
    }
}
