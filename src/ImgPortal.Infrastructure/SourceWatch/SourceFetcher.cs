using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;
using ImgPortal.Core.SourceWatch;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// Fetches one cited source as a polite robot (ADR 0077): robots.txt first (cached a day per host), one request per
/// <see cref="SourceWatchOptions.PerHostDelay"/> per host, a conditional request from the last ETag and Last-Modified,
/// redirects followed by hand (a 301 or 308 is recorded as a move, a 302, 303 or 307 only in the detail), the body
/// read up to <see cref="SourceWatchOptions.MaxBodyBytes"/> and only for text types, its main text extracted.
/// Timeouts and retries come from the client's resilience handler (<see cref="SourceWatchHttp"/>).
/// </summary>
public sealed class SourceFetcher(IHttpClientFactory clients, HostPacer pacer, IOptions<SourceWatchOptions> options, TimeProvider clock) : ISourceFetcher
{
    private static readonly TimeSpan RobotsLifetime = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset ReadAt)> _robots = new(StringComparer.OrdinalIgnoreCase);

    public async Task<FetchResult> FetchAsync(string url, string? etag, string? lastModified, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = clients.CreateClient(SourceWatchHttp.ClientName);
        var current = new Uri(url);
        string? movedTo = null;
        var hops = new List<string>();
        try
        {
            for (var hop = 0; ; hop++)
            {
                if (!await AllowedAsync(client, current, cancellationToken))
                {
                    return new FetchResult(FetchKind.ForbiddenByRobots, null, Detail($"robots.txt forbids the checker {current.AbsolutePath}", hops)) { MovedPermanentlyTo = movedTo };
                }

                await pacer.WaitTurnAsync(current.Authority, cancellationToken);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                if (hop == 0)
                {
                    if (!string.IsNullOrEmpty(etag) && EntityTagHeaderValue.TryParse(etag, out var tag))
                    {
                        request.Headers.IfNoneMatch.Add(tag);
                    }

                    if (!string.IsNullOrEmpty(lastModified) && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                    {
                        request.Headers.IfModifiedSince = since;
                    }
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    if (hop >= settings.MaxRedirects)
                    {
                        return new FetchResult(FetchKind.Failed, status, Detail($"more than {settings.MaxRedirects} redirects", hops)) { MovedPermanentlyTo = movedTo };
                    }

                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps)
                    {
                        return new FetchResult(FetchKind.Failed, status, Detail("redirected to a non-web address", hops));
                    }

                    var permanent = status is 301 or 308;
                    hops.Add($"{status} {(permanent ? "moved permanently" : "moved temporarily")} to {next.AbsoluteUri}");
                    movedTo ??= permanent && hop == 0 ? SourceUrls.Normalize(next.AbsoluteUri) : movedTo;
                    current = next;
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult(FetchKind.NotModified, status, Detail("not modified", hops)) { MovedPermanentlyTo = movedTo };
                }

                if (!response.IsSuccessStatusCode)
                {
                    return new FetchResult(FetchKind.Failed, status, Detail($"{status} {response.ReasonPhrase}", hops)) { MovedPermanentlyTo = movedTo };
                }

                var newTag = response.Headers.ETag?.ToString();
                var newModified = response.Content.Headers.LastModified?.ToString("R");
                var mediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant() ?? string.Empty;
                var html = mediaType is "text/html" or "application/xhtml+xml";
                if (!html && mediaType != "text/plain")
                {
                    return new FetchResult(FetchKind.NotText, status, Detail($"not text ({(mediaType.Length == 0 ? "no type" : mediaType)}): presence checked only", hops))
                    {
                        ETag = newTag,
                        LastModified = newModified,
                        MovedPermanentlyTo = movedTo,
                    };
                }

                var (body, cut) = await ReadCappedAsync(response, settings, cancellationToken);
                var text = html ? MainTextExtractor.FromHtml(body) : MainTextExtractor.FromPlainText(body);
                return new FetchResult(FetchKind.Text, status, Detail(cut ? $"{status}; body cut at {settings.MaxBodyBytes} bytes" : $"{status}", hops))
                {
                    Text = text,
                    ETag = newTag,
                    LastModified = newModified,
                    MovedPermanentlyTo = movedTo,
                };
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or OperationCanceledException or IOException
            or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return new FetchResult(FetchKind.Failed, null, Detail(Describe(ex), hops)) { MovedPermanentlyTo = movedTo };
        }
    }

    private static string Detail(string what, List<string> hops) =>
        hops.Count == 0 ? what : $"{string.Join("; ", hops)}; then {what}";

    private static string Describe(Exception ex) => ex switch
    {
        PrivateAddressException refused => refused.Message,
        TimeoutRejectedException or OperationCanceledException => "timed out",
        Polly.CircuitBreaker.BrokenCircuitException => "the host failed too often just now (circuit open)",
        HttpRequestException { InnerException: SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain } } => "DNS: the host name does not resolve",
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "DNS: the host name does not resolve",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } or HttpRequestException { InnerException: AuthenticationException } => "TLS: the secure connection failed",
        HttpRequestException { InnerException: PrivateAddressException refused } => refused.Message,
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "the connection failed",
        _ => "the request failed",
    };

    private static async Task<(string Body, bool Cut)> ReadCappedAsync(HttpResponseMessage response, SourceWatchOptions settings, CancellationToken cancellationToken)
    {
        // The body is read after the resilience handler returned: its own timeout covers a server that stalls mid-body.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.RequestTimeout);
        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);

        // One pooled buffer of the cap per fetch in flight (MaxParallelHosts at most): memory stays bounded.
        var buffer = ArrayPool<byte>.Shared.Rent(settings.MaxBodyBytes + 1);
        try
        {
            var read = 0;
            while (read <= settings.MaxBodyBytes)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read, settings.MaxBodyBytes + 1 - read), timeout.Token);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            var cut = read > settings.MaxBodyBytes;
            var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"');
            Encoding encoding;
            try
            {
                encoding = string.IsNullOrEmpty(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                encoding = Encoding.UTF8;
            }

            return (encoding.GetString(buffer, 0, Math.Min(read, settings.MaxBodyBytes)), cut);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<bool> AllowedAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        if (!_robots.TryGetValue(key, out var cached) || now - cached.ReadAt > RobotsLifetime)
        {
            cached = (await ReadRobotsAsync(client, url, cancellationToken), now);
            _robots[key] = cached;
        }

        return cached.Rules.Allows(url.PathAndQuery);
    }

    /// <summary>A missing or unreadable robots.txt allows everything (the page request then shows any real failure).</summary>
    private async Task<RobotsRules> ReadRobotsAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            await pacer.WaitTurnAsync(url.Authority, cancellationToken);
            using var response = await client.GetAsync(new Uri(url, "/robots.txt"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return RobotsRules.AllowAll;
            }

            var settings = options.Value;
            var (body, _) = await ReadCappedAsync(response, settings, cancellationToken);
            return RobotsRules.Parse(body, SourceWatchHttp.ProductToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or IOException or Polly.CircuitBreaker.BrokenCircuitException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return RobotsRules.AllowAll;
        }
    }
}
