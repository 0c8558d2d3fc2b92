using ImgPortal.Core.Auditing;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Audit;

/// <summary>The stored rows of one staff action, as written, for admins.</summary>
public sealed record AuditRawViewModel(string ActionId, IReadOnlyList<AuditRow> Rows);
