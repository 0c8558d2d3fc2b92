using System.Security.Claims;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.Services;

/// <summary>The current user from the request's authenticated principal.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId =>
        Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public string? Name => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;
}
