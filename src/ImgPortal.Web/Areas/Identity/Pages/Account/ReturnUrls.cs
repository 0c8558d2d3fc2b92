using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Return addresses from the query string: only the portal's own paths, anything else is ignored.</summary>
public static class ReturnUrls
{
    /// <summary><paramref name="returnUrl"/> when it is a local path (not <c>//host</c>, not <c>/\host</c>, not absolute); otherwise null.</summary>
    public static string? LocalOrNull(this IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
