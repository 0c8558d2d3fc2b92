namespace ImgPortal.Core.Accounts;

/// <summary>The staff and admin accounts, for choosing who owns a page.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default);
}
