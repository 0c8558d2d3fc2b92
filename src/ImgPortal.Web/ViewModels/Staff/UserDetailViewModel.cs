using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record UserDetailViewModel(UserSummary User, IReadOnlyList<string> ManagedRoles, string? Error);
