using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Audit;

public sealed record AuditViewModel(AuditQuery Query, IReadOnlyList<AuditKind> Kinds, PagedResult<AuditEvent> Results);
