namespace ImgPortal.Core.SourceWatch;

/// <summary>Fetches one source politely (robots.txt, conditional request, capped body) and extracts its main text.</summary>
public interface ISourceFetcher
{
    /// <summary>Never throws for what the remote side does (that is a <see cref="FetchKind.Failed"/> result); only on cancellation.</summary>
    Task<FetchResult> FetchAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken);
}
