using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

public sealed record StaffRequestListViewModel(RequestStatus? Status, PagedResult<RequestRow> Results);
