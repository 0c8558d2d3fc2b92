using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

public sealed record StaffMentorListViewModel(MentorStatus? Status, string? Specialty, PagedResult<MentorRow> Results);
