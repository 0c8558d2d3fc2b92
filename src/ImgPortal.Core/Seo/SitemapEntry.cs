namespace ImgPortal.Core.Seo;

/// <summary>One public address for <c>/sitemap.xml</c>: a path and when it last changed (null when unknown).</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModifiedUtc);
