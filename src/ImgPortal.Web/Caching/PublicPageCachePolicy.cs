using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace ImgPortal.Web.Caching;

/// <summary>
/// Output caching for pages every visitor sees alike (home, guidance, search, the mentor directory): only for
/// anonymous GET/HEAD requests that carry no sign-in or TempData cookie, only for 200 answers that set no
/// cookie and do not say <c>no-store</c> or <c>private</c>. Each query string is its own entry. Every entry
/// carries <see cref="Tag"/> and the <see cref="PublicContentVersion"/> it was read under; any committed change to
/// public content evicts them all (<see cref="PublicContentChangeInterceptor"/>, ADR 0064).
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public const string Name = "PublicPages";

    public const string Tag = "public-pages";

    /// <summary>Eviction is explicit; the expiry only bounds what an instance that missed an eviction could show.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    // Cookies that mean the answer may be personal: the sign-in cookie (even one that no longer validates)
    // and TempData (a one-time message to show).
    private static readonly string[] PersonalCookies = ["ImgPortal.Auth", ".AspNetCore.Mvc.CookieTempDataProvider", ".AspNetCore.Identity.Application"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && !MayBePersonal(request);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        if (http.RequestServices.GetService<PublicContentVersion>() is { } version)
        {
            context.CacheVaryByRules.VaryByValues["generation"] = version.Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.ResponseExpirationTimeSpan = Expiry;
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    /// <summary>A request that carries credentials or a one-time message: its answer may be someone's own.</summary>
    public static bool MayBePersonal(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderNames.Authorization) || PersonalCookies.Any(request.Cookies.ContainsKey);

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.HttpContext.Items[FrontPageCache.StorableItem] = true;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;

        // The layout reads TempData for a flash message; with none, MVC answers with a deletion of the (absent)
        // TempData cookie. That header carries nothing personal and may be stored and replayed; any other cookie
        // means the answer is someone's own.
        var cacheControl = response.Headers.CacheControl.ToString();
        if (response.StatusCode != StatusCodes.Status200OK
            || !response.Headers.SetCookie.All(IsEmptyTempDataDeletion)
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }
        else if (context.AllowCacheStorage)
        {
            context.HttpContext.Items[FrontPageCache.StorableItem] = true;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The deletion of an absent TempData cookie MVC adds to every page: nothing personal, safe to replay or drop.</summary>
    public static bool IsEmptyTempDataDeletion(string? cookie) =>
        cookie is not null
        && cookie.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=;", StringComparison.Ordinal)
        && cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
}
