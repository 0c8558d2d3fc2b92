using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;

public sealed record StaffMentorListViewModel(MentorStatus? Status, string? Specialty, PagedResult<MentorRow> Results);
