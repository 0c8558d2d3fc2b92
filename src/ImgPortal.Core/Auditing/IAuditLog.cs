using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Auditing;

/// <summary>Reads the audit trail. Nothing writes to it but the audit interceptor.</summary>
public interface IAuditLog
{
    Task<PagedResult<AuditRow>> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default);
}
