using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ImgPortal.Web.Security;

/// <summary>Logs every anti-forgery failure once, with the user id only (ADR 0016), for controllers and pages alike.</summary>
public sealed class SecurityEventFilter(ILogger<SecurityEventFilter> logger) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            logger.LogWarning(
                "Anti-forgery validation failed on {Path} for {UserId}",
                context.HttpContext.Request.Path,
                context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
