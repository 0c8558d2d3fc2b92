namespace ImgPortal.Core.SourceWatch;

/// <summary>What fetching one source gave (<see cref="ISourceFetcher"/>).</summary>
public sealed record FetchResult(FetchKind Kind, int? HttpStatus, string Detail)
{
    /// <summary>The normalized main text (<see cref="FetchKind.Text"/> only).</summary>
    public string? Text { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Where a permanent redirect (301, 308) on the way sent the request, if one did.</summary>
    public string? MovedPermanentlyTo { get; init; }
}

public enum FetchKind
{
    Text,
    NotModified,
    NotText,
    Failed,
    ForbiddenByRobots,
}
