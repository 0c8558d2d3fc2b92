using System.Diagnostics;
using ImgPortal.Web.Security;
using ImgPortal.Web.ViewModels.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The friendly error pages: re-executed by the exception handler and the status-code pages. The actions
/// take no parameters, so re-executing a POST never reads its (possibly malformed or oversized) form.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    [Route("/error")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult ServerError()
    {
        var requestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var feature = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var code = feature?.Error switch
        {
            null => StatusCodes.Status404NotFound,
            BadHttpRequestException bad => bad.StatusCode,
            InvalidDataException or AntiforgeryValidationException => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };

        if (code >= StatusCodes.Status500InternalServerError)
        {
            // The one stack trace of a failed request.
            logger.LogError(feature!.Error, "Unhandled exception on {Path}, request {RequestId}", feature.Path, requestId);
        }
        else if (feature is not null)
        {
            logger.LogWarning("Malformed request on {Path} refused with {StatusCode}: {Reason}", feature.Path, code, feature.Error.GetType().Name);
        }

        return Show(code, requestId);
    }

    [Route("/error/{code:int}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Status()
    {
        var requestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var value) && value is >= 400 and <= 599
            ? value
            : StatusCodes.Status404NotFound;
        if (code == StatusCodes.Status403Forbidden)
        {
            logger.LogWarning("Access refused (403) on {Path} for {UserId}", HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath, User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous");
        }

        return Show(code, requestId);
    }

    private ViewResult Show(int code, string requestId)
    {
        Response.StatusCode = code;
        return code switch
        {
            StatusCodes.Status404NotFound => View("NotFound", new ErrorViewModel(requestId, code)),
            StatusCodes.Status503ServiceUnavailable => View("Unavailable", new ErrorViewModel(requestId, code)),
            >= 500 => View("ServerError", new ErrorViewModel(requestId, code)),
            _ => View("StatusError", new ErrorViewModel(requestId, code, HttpContext.Items[HttpsRequirement.RefusedItem] as string)),
        };
    }
}
