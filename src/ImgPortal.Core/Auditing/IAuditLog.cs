using ImgPortal.Core.Common;

namespace ImgPortal.Core.Auditing;

/// <summary>Reads the audit trail, one entry per staff action (ADR 0049). Nothing writes to it but the audit interceptor.</summary>
public interface IAuditLog
{
    Task<PagedResult<AuditEvent>> SearchAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>The stored rows of one action, as written (type names and JSON), for admins; empty when there is no such action.</summary>
    Task<IReadOnlyList<AuditRow>> RawAsync(string actionId, CancellationToken cancellationToken = default);

    /// <summary>The actions the filter finds as CSV (newest first, at most <see cref="AuditLog.ExportLimit"/>).</summary>
    Task<string> ExportCsvAsync(AuditFilter filter, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AuditKind>> KindsAsync(CancellationToken cancellationToken = default);
}
