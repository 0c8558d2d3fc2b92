using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Users;

public sealed record UserListViewModel(string? Email, PagedResult<UserSummary> Results)
{
    /// <summary>The search as route values, kept on every page link.</summary>
    public Dictionary<string, string?> RouteValues() => new() { ["email"] = Email };
}
