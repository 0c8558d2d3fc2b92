using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using ImgPortal.Web.Areas.Staff.ViewModels.Users;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Users and roles: Admin only, on top of the staff area's own policy.</summary>
[Authorize(Policy = Policies.AdminOnly)]
[Route("staff/users")]
public sealed class UsersController(IUserAdministration accounts) : StaffControllerBase
{
    public const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? email, int page = 1, CancellationToken cancellationToken = default) =>
        View(new UserListViewModel(email, await accounts.SearchAsync(email, page, PageSize, cancellationToken)));

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var user = await accounts.GetAsync(id, cancellationToken);
        return user is null
            ? NotFound()
            : View(new UserDetailViewModel(user, IUserAdministration.ManagedRoles, TempData["Error"] as string));
    }

    [HttpPost("{id}/grant")]
    public async Task<IActionResult> Grant(string id, string role) => Done(id, await accounts.GrantAsync(id, role));

    [HttpPost("{id}/remove")]
    public async Task<IActionResult> Remove(string id, string role) => Done(id, await accounts.RemoveAsync(id, role));

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id) => Done(id, await accounts.LockAsync(id));

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id) => Done(id, await accounts.UnlockAsync(id));

    /// <summary>Back to the user's page: the flash on success, the refusal shown as an error there.</summary>
    private IActionResult Done(string id, Outcome outcome) =>
        this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(Show), new { id }),
            onInvalid: () =>
            {
                TempData["Error"] = outcome.Message;
                return RedirectToAction(nameof(Show), new { id });
            });
}
