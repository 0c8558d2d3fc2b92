using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;

public sealed record StaffRequestListViewModel(RequestStatus? Status, PagedResult<RequestRow> Results);
