using ImgPortal.Core.Programs.Lca;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Areas.Staff.Lca;

/// <summary>
/// The LCA upload's own size limit, <see cref="LcaOptions.MaxUploadBytes"/> (DOL's file is far above the portal's
/// general request limit): a declared body above it is answered 413 before anything is read, and the server and
/// the form reader stop an undeclared (chunked) body at the same size. Runs before the anti-forgery check, which
/// reads the form.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LcaUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>After authorization (order 0), before anti-forgery (1000), like <see cref="RequestFormLimitsAttribute"/>.</summary>
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var max = http.RequestServices.GetRequiredService<IOptions<LcaOptions>>().Value.MaxUploadBytes;
        if (http.Request.ContentLength > max)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = max;
        }

        if (!http.Request.HasFormContentType || http.Features.Get<IFormFeature>()?.Form is null)
        {
            var general = http.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value;
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions
            {
                MultipartBodyLengthLimit = max,
                ValueCountLimit = general.ValueCountLimit,
                ValueLengthLimit = general.ValueLengthLimit,
                KeyLengthLimit = general.KeyLengthLimit,
            }));
        }
    }
}
