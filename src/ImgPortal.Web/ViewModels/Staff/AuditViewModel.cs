using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record AuditViewModel(AuditQuery Query, IReadOnlyList<string> EntityTypes, PagedResult<AuditRow> Results);
