namespace ImgPortal.Core.Seo;

/// <summary>The public pages search engines may list, for <c>/sitemap.xml</c>.</summary>
public interface ISitemapService
{
    Task<IReadOnlyList<SitemapEntry>> ListAsync(CancellationToken cancellationToken = default);
}
