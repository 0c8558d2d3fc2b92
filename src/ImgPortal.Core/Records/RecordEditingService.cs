using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <inheritdoc cref="IRecordEditingService"/>
public sealed class RecordEditingService(IAppDbContext db, TimeProvider clock, IDatabaseErrors errors) : IRecordEditingService
{
    /// <summary>Records a staff list shows per page.</summary>
    public const int PageSize = 25;

    public Task<PagedResult<RecordView>> ListAsync(RecordType type, int page, CancellationToken cancellationToken = default) =>
        Open(type).ListAsync(Paging.ClampPage(page), PageSize, cancellationToken);

    public Task<RecordView?> GetAsync(RecordType type, int id, CancellationToken cancellationToken = default) =>
        Open(type).GetAsync(id, cancellationToken);

    public IReadOnlyDictionary<string, string> NewValues(RecordType type) => type.NewValues(Today);

    public Task<Outcome<RecordView>> SaveAsync(RecordType type, RecordInput input, CancellationToken cancellationToken = default) =>
        Open(type).SaveAsync(input, cancellationToken);

    public Task<Outcome> DeleteAsync(RecordType type, int id, Guid version, CancellationToken cancellationToken = default) =>
        Open(type).DeleteAsync(id, version, cancellationToken);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private IRecordStore Open(RecordType type) => type.Open(new RecordStoreContext(db, new RecordRules(Today), errors, clock.GetUtcNow().UtcDateTime));
}
