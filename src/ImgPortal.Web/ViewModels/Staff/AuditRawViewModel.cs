using ImgPortal.Core.Auditing;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>The stored rows of one staff action, as written, for admins.</summary>
public sealed record AuditRawViewModel(string ActionId, IReadOnlyList<AuditRow> Rows);
