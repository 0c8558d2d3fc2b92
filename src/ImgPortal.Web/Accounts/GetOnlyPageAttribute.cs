using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// A page that is only ever followed as a link (the e-mail confirmation pages): any other method gets 405 with
/// <c>Allow: GET, HEAD</c> and the friendly page, instead of Razor Pages rendering it for a POST as if it were a GET.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GetOnlyPageAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
        {
            return next();
        }

        context.HttpContext.Response.Headers.Allow = "GET, HEAD";
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
