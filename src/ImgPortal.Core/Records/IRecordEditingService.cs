using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <summary>
/// The one service path of every structured-record editor (ADR 0012): list, read, save and delete a record of any
/// <see cref="RecordType"/>. Saves check the fields and the type's rules, the version token (a stale one is a
/// conflict carrying the saved record) and the unique key (a named field error). Changes are audited by the interceptor.
/// </summary>
public interface IRecordEditingService
{
    Task<PagedResult<RecordView>> ListAsync(RecordType type, int page, CancellationToken cancellationToken = default);

    Task<RecordView?> GetAsync(RecordType type, int id, CancellationToken cancellationToken = default);

    /// <summary>The form's values for a new record of <paramref name="type"/> today.</summary>
    IReadOnlyDictionary<string, string> NewValues(RecordType type);

    /// <summary>Creates (id 0) or updates a record. Done carries the saved record; Conflict carries the one saved now (null when it was deleted).</summary>
    Task<Outcome<RecordView>> SaveAsync(RecordType type, RecordInput input, CancellationToken cancellationToken = default);

    Task<Outcome> DeleteAsync(RecordType type, int id, Guid version, CancellationToken cancellationToken = default);
}
