using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Core.SourceWatch;

/// <summary>One line of <c>/staff/sources</c>.</summary>
public sealed record SourceRow(int Id, string Url, int CitedBy, DateTime? LastCheckedAtUtc, SourceStatus Status, int? HttpStatus, int OpenTasks);

/// <summary>One check on a source's history page.</summary>
public sealed record SourceCheckRow(DateTime CheckedAtUtc, SourceStatus Status, int? HttpStatus, int DurationMs, string Detail);

/// <summary>A source's page: what it is, who cites it, its tasks and its checks, newest first.</summary>
public sealed record SourceDetail(
    int Id,
    string Url,
    bool Cited,
    SourceStatus Status,
    DateTime? LastCheckedAtUtc,
    int ConsecutiveFailures,
    string? MovedTo,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<SourceTaskRow> Tasks,
    IReadOnlyList<SourceCheckRow> Checks);

/// <summary>One review task in a list.</summary>
public sealed record SourceTaskRow(int Id, int SourceId, string Url, SourceEventKind Kind, DateTime OpenedAtUtc, string Detail, int CitingItems, SourceResolution? Resolution, DateTime? ResolvedAtUtc);

/// <summary>A review task: the event, the source's word diff and every item that cited it, with where to edit each.</summary>
public sealed record SourceTaskDetail(
    int Id,
    int SourceId,
    string Url,
    SourceEventKind Kind,
    DateTime OpenedAtUtc,
    string Detail,
    IReadOnlyList<DiffSpan> Diff,
    IReadOnlyList<Citation> Citations,
    SourceResolution? Resolution,
    DateTime? ResolvedAtUtc,
    string Note,
    Guid Version);

/// <summary>How staff close a task.</summary>
public sealed record SourceTaskResolution(SourceResolution Resolution, string Note, Guid Version);
