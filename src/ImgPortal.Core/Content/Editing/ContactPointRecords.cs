using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>An office to contact, as staff edit it. Id 0 is a new record.</summary>
public sealed record ContactPointRecord(
    int Id, string Office, string Purpose, string Phone, string Email, string Address, int SortOrder, Guid Version);

public partial interface IRecordEditingService
{
    Task<IReadOnlyList<ContactPointRecord>> ListContactPointsAsync(CancellationToken cancellationToken = default);

    Task<ContactPointRecord?> GetContactPointAsync(int id, CancellationToken cancellationToken = default);

    Task<RecordStatus> SaveContactPointAsync(ContactPointRecord record, CancellationToken cancellationToken = default);

    Task<RecordStatus> DeleteContactPointAsync(int id, Guid version, CancellationToken cancellationToken = default);
}

public sealed partial class RecordEditingService
{
    public async Task<IReadOnlyList<ContactPointRecord>> ListContactPointsAsync(CancellationToken cancellationToken = default) =>
        await db.ContactPoints.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Office)
            .Select(c => new ContactPointRecord(c.Id, c.Office, c.Purpose, c.Phone, c.Email, c.Address, c.SortOrder, c.Version))
            .ToListAsync(cancellationToken);

    public async Task<ContactPointRecord?> GetContactPointAsync(int id, CancellationToken cancellationToken = default) =>
        await db.ContactPoints.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new ContactPointRecord(c.Id, c.Office, c.Purpose, c.Phone, c.Email, c.Address, c.SortOrder, c.Version))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<RecordStatus> SaveContactPointAsync(ContactPointRecord record, CancellationToken cancellationToken = default) =>
        SaveAsync(
            db.ContactPoints,
            record.Id,
            record.Version,
            () => new ContactPoint { Office = record.Office, Purpose = record.Purpose },
            c =>
            {
                c.Office = record.Office.Trim();
                c.Purpose = record.Purpose.Trim();
                c.Phone = record.Phone.Trim();
                c.Email = record.Email.Trim();
                c.Address = record.Address.Trim();
                c.SortOrder = record.SortOrder;
            },
            cancellationToken);

    public Task<RecordStatus> DeleteContactPointAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        DeleteAsync(db.ContactPoints, id, version, cancellationToken);
}
