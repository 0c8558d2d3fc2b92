using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Members;

public sealed record MemberShowViewModel(MemberDetail Member);
