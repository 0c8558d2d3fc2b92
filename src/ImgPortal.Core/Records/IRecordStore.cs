using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <summary>The one editor flow bound to one record type (see <see cref="RecordStore{TEntity}"/>).</summary>
internal interface IRecordStore
{
    Task<PagedResult<RecordView>> ListAsync(int page, int pageSize, CancellationToken cancellationToken);

    Task<RecordView?> GetAsync(int id, CancellationToken cancellationToken);

    Task<Outcome<RecordView>> SaveAsync(RecordInput input, CancellationToken cancellationToken);

    Task<Outcome> DeleteAsync(int id, Guid version, CancellationToken cancellationToken);
}
