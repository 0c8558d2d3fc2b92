using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

public sealed record StaffMentorViewModel(MentorRecord Mentor, MentorEditInputModel Input);
