using Microsoft.Extensions.Primitives;

namespace ImgPortal.Web.Caching;

/// <summary>One stored answer: its status, headers (no cookies, no length) and the bytes exactly as they were sent.</summary>
public sealed record FrontPageEntry(int StatusCode, KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTimeOffset Expires);
