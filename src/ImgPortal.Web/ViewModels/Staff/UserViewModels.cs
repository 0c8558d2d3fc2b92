using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record UserListViewModel(string? Email, PagedResult<UserSummary> Results)
{
    public string Url(int page) =>
        "/staff/users?" + (string.IsNullOrWhiteSpace(Email) ? string.Empty : "email=" + Uri.EscapeDataString(Email) + "&") + "page=" + page;
}

public sealed record UserDetailViewModel(UserSummary User, IReadOnlyList<string> ManagedRoles, string? Error);
