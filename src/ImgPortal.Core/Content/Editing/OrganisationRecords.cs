using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>An organisation IMGs deal with, as staff edit it. Id 0 is a new record.</summary>
public sealed record OrganisationRecord(
    int Id, string Name, string Abbreviation, string Role, string WebsiteUrl, int SortOrder, Guid Version);

public partial interface IRecordEditingService
{
    Task<IReadOnlyList<OrganisationRecord>> ListOrganisationsAsync(CancellationToken cancellationToken = default);

    Task<OrganisationRecord?> GetOrganisationAsync(int id, CancellationToken cancellationToken = default);

    Task<RecordStatus> SaveOrganisationAsync(OrganisationRecord record, CancellationToken cancellationToken = default);

    Task<RecordStatus> DeleteOrganisationAsync(int id, Guid version, CancellationToken cancellationToken = default);
}

public sealed partial class RecordEditingService
{
    public async Task<IReadOnlyList<OrganisationRecord>> ListOrganisationsAsync(CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking()
            .OrderBy(o => o.SortOrder).ThenBy(o => o.Name)
            .Select(o => new OrganisationRecord(o.Id, o.Name, o.Abbreviation, o.Role, o.WebsiteUrl, o.SortOrder, o.Version))
            .ToListAsync(cancellationToken);

    public async Task<OrganisationRecord?> GetOrganisationAsync(int id, CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new OrganisationRecord(o.Id, o.Name, o.Abbreviation, o.Role, o.WebsiteUrl, o.SortOrder, o.Version))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<RecordStatus> SaveOrganisationAsync(OrganisationRecord record, CancellationToken cancellationToken = default) =>
        SaveAsync(
            db.Organisations,
            record.Id,
            record.Version,
            () => new Organisation { Name = record.Name, Role = record.Role },
            o =>
            {
                o.Name = record.Name.Trim();
                o.Abbreviation = record.Abbreviation.Trim();
                o.Role = record.Role.Trim();
                o.WebsiteUrl = record.WebsiteUrl.Trim();
                o.SortOrder = record.SortOrder;
            },
            cancellationToken);

    public Task<RecordStatus> DeleteOrganisationAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        DeleteAsync(db.Organisations, id, version, cancellationToken);
}
