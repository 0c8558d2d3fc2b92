using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.SourceWatch;

/// <summary>
/// Records what one check found (ADR 0077): the source's status, a <see cref="SourceCheck"/> row, and for an event
/// (text changed beyond <see cref="SourceWatchOptions.ChangeThreshold"/>, a permanent redirect, the
/// <see cref="SourceWatchOptions.FailuresBeforeTask"/>th failure in a row) one <see cref="SourceReviewTask"/> listing
/// every citing item. An open task of the same kind is brought up to date instead of a second one opening. Changes
/// are tracked, not saved: the caller saves a batch at once.
/// </summary>
public sealed class SourceWatchRecorder(IAppDbContext db, IOptions<SourceWatchOptions> options)
{
    /// <summary>Records <paramref name="result"/> for <paramref name="source"/> (citations loaded); true when a task opened.</summary>
    public async Task<bool> RecordAsync(TrackedSource source, FetchResult result, DateTime nowUtc, int durationMs, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var check = new SourceCheck
        {
            TrackedSourceId = source.Id,
            CheckedAtUtc = nowUtc,
            HttpStatus = result.HttpStatus,
            DurationMs = durationMs,
        };
        source.LastCheckedAtUtc = nowUtc;
        source.LastHttpStatus = result.HttpStatus;
        (SourceEventKind Kind, string Detail, string Before, string After)? happened = null;

        switch (result.Kind)
        {
            case FetchKind.Failed:
                source.ConsecutiveFailures++;
                source.Status = SourceStatus.Failing;
                check.Detail = result.Detail;
                if (source.ConsecutiveFailures == settings.FailuresBeforeTask)
                {
                    happened = (SourceEventKind.Failing, $"Failed on {source.ConsecutiveFailures} checks in a row; last: {result.Detail}", source.Text ?? string.Empty, string.Empty);
                }

                break;
            case FetchKind.ForbiddenByRobots:
                source.Status = SourceStatus.ForbiddenByRobots;
                check.Detail = result.Detail;
                break;
            case FetchKind.NotText:
                source.ConsecutiveFailures = 0;
                source.Status = SourceStatus.NotText;
                check.Detail = result.Detail;
                break;
            case FetchKind.NotModified:
                source.ConsecutiveFailures = 0;
                source.Status = SourceStatus.Ok;
                check.Detail = "Not modified (the server said so)";
                break;
            default:
                source.ConsecutiveFailures = 0;
                var text = result.Text ?? string.Empty;
                var hash = SourceText.Hash(text);
                if (source.Text is null)
                {
                    source.Status = SourceStatus.Ok;
                    check.Detail = "First check: text recorded";
                    Keep(source, text, hash);
                }
                else if (hash == source.TextHash)
                {
                    source.Status = SourceStatus.Ok;
                    check.Detail = "Unchanged";
                }
                else
                {
                    var fraction = ChangeMeasure.Fraction(source.Text, text);
                    var share = fraction.ToString("P1", CultureInfo.InvariantCulture);
                    if (fraction > 0 && fraction > settings.ChangeThreshold)
                    {
                        source.Status = SourceStatus.Changed;
                        check.Detail = $"Text changed: {share} of the words";
                        happened = (SourceEventKind.TextChanged, check.Detail, source.Text, text);
                        Keep(source, text, hash);
                    }
                    else
                    {
                        // Kept against the old text, so small changes that add up are noticed once they pass the threshold.
                        source.Status = SourceStatus.Ok;
                        check.Detail = fraction == 0 ? "Unchanged apart from whitespace or dates" : $"Changed under the threshold: {share} of the words";
                    }
                }

                break;
        }

        if (result.Kind is FetchKind.Text or FetchKind.NotText or FetchKind.NotModified)
        {
            source.ETag = Cut(result.ETag ?? (result.Kind == FetchKind.NotModified ? source.ETag : null), TrackedSource.ValidatorMaxLength);
            source.LastModified = Cut(result.LastModified ?? (result.Kind == FetchKind.NotModified ? source.LastModified : null), TrackedSource.ValidatorMaxLength);
        }

        if (result.MovedPermanentlyTo is { } movedTo)
        {
            source.Status = SourceStatus.Moved;
            check.Detail = Cut($"Moved permanently to {movedTo}. {check.Detail}", SourceCheck.DetailMaxLength)!;
            if (source.MovedTo != movedTo)
            {
                happened = (SourceEventKind.MovedPermanently, $"Moved permanently to {movedTo}", string.Empty, string.Empty);
            }

            source.MovedTo = Cut(movedTo, TrackedSource.UrlMaxLength);
        }
        else if (result.Kind is FetchKind.Text or FetchKind.NotText or FetchKind.NotModified)
        {
            source.MovedTo = null;
        }

        check.Status = source.Status;
        check.TextHash = source.TextHash;
        check.Detail = Cut(check.Detail, SourceCheck.DetailMaxLength)!;
        db.Set<SourceCheck>().Add(check);

        return happened is { } e && await OpenAsync(source, e.Kind, e.Detail, e.Before, e.After, nowUtc, cancellationToken);
    }

    private async Task<bool> OpenAsync(
        TrackedSource source, SourceEventKind kind, string detail, string before, string after, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var citations = JsonSerializer.Serialize(source.Citations
            .Select(c => new Citation(source.Url, c.ItemKind, c.ItemKey, c.ItemTitle, c.EditPath))
            .ToList());
        var open = await db.Set<SourceReviewTask>()
            .FirstOrDefaultAsync(t => t.TrackedSourceId == source.Id && t.Kind == kind && t.ResolvedAtUtc == null, cancellationToken);
        if (open is not null)
        {
            open.Detail = Cut(detail, SourceReviewTask.DetailMaxLength)!;
            open.TextAfter = after;
            open.CitationsJson = citations;
            open.Version = Guid.NewGuid();
            return false;
        }

        db.Set<SourceReviewTask>().Add(new SourceReviewTask
        {
            TrackedSourceId = source.Id,
            Kind = kind,
            OpenedAtUtc = nowUtc,
            Detail = Cut(detail, SourceReviewTask.DetailMaxLength)!,
            TextBefore = before,
            TextAfter = after,
            CitationsJson = citations,
        });
        return true;
    }

    private static void Keep(TrackedSource source, string text, string hash)
    {
        source.Text = text;
        source.TextHash = hash;
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
