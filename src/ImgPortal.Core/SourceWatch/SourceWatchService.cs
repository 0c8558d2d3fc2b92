using System.Text.Json;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.SourceWatch;

public sealed class SourceWatchService(
    IAppDbContext db, IEnumerable<ICitationProvider> providers, ICurrentUser currentUser, TimeProvider clock) : ISourceWatchService
{
    public const int PageSize = 50;

    public const int HistoryLength = 100;

    public async Task<PagedResult<SourceRow>> ListSourcesAsync(int page, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var query = db.Set<TrackedSource>().AsNoTracking().Where(s => s.Cited);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderBy(s => s.Url)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(s => new SourceRow(
                s.Id, s.Url, s.Citations.Count, s.LastCheckedAtUtc, s.Status, s.LastHttpStatus,
                db.Set<SourceReviewTask>().Count(t => t.TrackedSourceId == s.Id && t.ResolvedAtUtc == null)))
            .ToListAsync(cancellationToken);
        return new PagedResult<SourceRow>(rows, page, PageSize, total);
    }

    public async Task<SourceDetail?> GetSourceAsync(int id, CancellationToken cancellationToken = default)
    {
        var source = await db.Set<TrackedSource>().AsNoTracking().Include(s => s.Citations)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var tasks = await TaskRows(db.Set<SourceReviewTask>().Where(t => t.TrackedSourceId == id), cancellationToken);
        var checks = await db.Set<SourceCheck>().AsNoTracking()
            .Where(c => c.TrackedSourceId == id)
            .OrderByDescending(c => c.Id)
            .Take(HistoryLength)
            .Select(c => new SourceCheckRow(c.CheckedAtUtc, c.Status, c.HttpStatus, c.DurationMs, c.Detail))
            .ToListAsync(cancellationToken);
        return new SourceDetail(
            source.Id, source.Url, source.Cited, source.Status, source.LastCheckedAtUtc, source.ConsecutiveFailures, source.MovedTo,
            [.. source.Citations.OrderBy(c => c.ItemTitle).Select(c => new Citation(source.Url, c.ItemKind, c.ItemKey, c.ItemTitle, c.EditPath))],
            tasks, checks);
    }

    public Task<IReadOnlyList<SourceTaskRow>> ListOpenTasksAsync(CancellationToken cancellationToken = default) =>
        TaskRows(db.Set<SourceReviewTask>().Where(t => t.ResolvedAtUtc == null), cancellationToken);

    public Task<int> CountOpenTasksAsync(CancellationToken cancellationToken = default) =>
        db.Set<SourceReviewTask>().AsNoTracking().CountAsync(t => t.ResolvedAtUtc == null, cancellationToken);

    public async Task<SourceTaskDetail?> GetTaskAsync(int id, CancellationToken cancellationToken = default)
    {
        var task = await db.Set<SourceReviewTask>().AsNoTracking().Include(t => t.Source)
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var diff = task.Kind == SourceEventKind.TextChanged
            ? WordDiff.Collapse(WordDiff.Compare(task.TextBefore, task.TextAfter))
            : [];
        return new SourceTaskDetail(
            task.Id, task.TrackedSourceId, task.Source!.Url, task.Kind, task.OpenedAtUtc, task.Detail, diff, CitationsOf(task),
            task.Resolution, task.ResolvedAtUtc, task.Note, task.Version);
    }

    public async Task<Outcome> ResolveAsync(int id, SourceTaskResolution resolution, CancellationToken cancellationToken = default)
    {
        var note = (resolution.Note ?? string.Empty).Trim();
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(resolution.Resolution))
        {
            errors.Add(new(nameof(SourceTaskResolution.Resolution), SourceReviewMessages.ResolutionRequired));
        }

        if (note.Length == 0)
        {
            errors.Add(new(nameof(SourceTaskResolution.Note), SourceReviewMessages.NoteRequired));
        }
        else if (note.Length > SourceReviewTask.NoteMaxLength)
        {
            errors.Add(new(nameof(SourceTaskResolution.Note), ValidationText.Limit(ValidationText.NoteTooLong, SourceReviewTask.NoteMaxLength)));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var task = await db.Set<SourceReviewTask>().Include(t => t.Source).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return Outcome.NotFound();
        }

        if (task.ResolvedAtUtc is not null || task.Version != resolution.Version)
        {
            return Outcome.Conflict("Someone else changed or resolved this task while you were reading it. Read it again before resolving it.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var byKind = providers.ToDictionary(p => p.Kind, StringComparer.Ordinal);
        var marked = 0;
        foreach (var citation in CitationsOf(task))
        {
            if (byKind.TryGetValue(citation.ItemKind, out var provider)
                && await provider.MarkCheckedAsync(db, citation.ItemKey, task.Source!.Url, today, cancellationToken))
            {
                marked++;
            }
        }

        task.Resolution = resolution.Resolution;
        task.Note = note;
        task.ResolvedAtUtc = now;
        task.ResolvedByUserId = currentUser.UserId;
        task.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict("Someone else changed this task or one of its items while you were reading it. Read it again before resolving it.");
        }

        return Outcome.Done(marked == 1 ? "Resolved; the checked date of 1 citation moved to today." : $"Resolved; the checked date of {marked} citations moved to today.");
    }

    private static List<Citation> CitationsOf(SourceReviewTask task) =>
        JsonSerializer.Deserialize<List<Citation>>(task.CitationsJson) ?? [];

    private static async Task<IReadOnlyList<SourceTaskRow>> TaskRows(IQueryable<SourceReviewTask> tasks, CancellationToken cancellationToken)
    {
        var rows = await tasks.AsNoTracking()
            .OrderByDescending(t => t.OpenedAtUtc).ThenByDescending(t => t.Id)
            .Take(HistoryLength)
            .Select(t => new { t.Id, t.TrackedSourceId, t.Source!.Url, t.Kind, t.OpenedAtUtc, t.Detail, t.CitationsJson, t.Resolution, t.ResolvedAtUtc })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(t => new SourceTaskRow(
            t.Id, t.TrackedSourceId, t.Url, t.Kind, t.OpenedAtUtc, t.Detail,
            (JsonSerializer.Deserialize<List<Citation>>(t.CitationsJson) ?? []).Count, t.Resolution, t.ResolvedAtUtc))];
    }
}
