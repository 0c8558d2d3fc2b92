using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ImgPortal.Web.Seo;

/// <summary>
/// Marks a view as a public page, so the layout gives it a canonical link and Open Graph tags (a link shared in a
/// messaging app shows a preview). Pages that hold personal data never call it.
/// </summary>
public static class PublicPageMeta
{
    public const string Key = "PublicPage.OgType";

    /// <param name="ogType"><c>website</c>, or <c>article</c> for a guidance page.</param>
    public static void MarkPublic(this ViewDataDictionary viewData, string ogType = "website") => viewData[Key] = ogType;

    public static string? OgType(this ViewDataDictionary viewData) => viewData[Key] as string;
}
