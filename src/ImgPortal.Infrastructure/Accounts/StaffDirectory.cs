using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>Staff and admin accounts, read from Identity's tables.</summary>
public sealed class StaffDirectory(AppDbContext db) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        string[] roles = [Roles.Staff, Roles.Admin];
        return await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new StaffMember(u.Id, u.Email ?? string.Empty))
            .ToListAsync(cancellationToken);
    }
}
