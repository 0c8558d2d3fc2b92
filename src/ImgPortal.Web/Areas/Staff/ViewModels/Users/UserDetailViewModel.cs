using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Users;

public sealed record UserDetailViewModel(UserSummary User, IReadOnlyList<string> ManagedRoles, string? Error);
