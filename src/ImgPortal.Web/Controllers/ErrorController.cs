using System.Diagnostics;
using ImgPortal.Web.ViewModels.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>The friendly error pages: re-executed by the exception handler and the status-code pages.</summary>
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
        if (feature is not null)
        {
            logger.LogError(feature.Error, "Unhandled exception on {Path}, request {RequestId}", feature.Path, requestId);
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("ServerError", new ErrorViewModel(requestId, StatusCodes.Status500InternalServerError));
    }

    [Route("/error/{code:int}")]
    [ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
    public IActionResult Status(int code)
    {
        var requestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        return code switch
        {
            StatusCodes.Status404NotFound => View("NotFound", new ErrorViewModel(requestId, code)),
            StatusCodes.Status503ServiceUnavailable => View("Unavailable", new ErrorViewModel(requestId, code)),
            >= 500 => View("ServerError", new ErrorViewModel(requestId, code)),
            _ => View("StatusError", new ErrorViewModel(requestId, code)),
        };
    }
}
