using System.Text.Json;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Core.Auditing;

/// <summary>
/// What the audit trail says of a page draft's own actions, which save only the draft: a scheduled publication and its
/// cancellation, and "send for review" (ADR 0093).
/// </summary>
internal static class AuditDraftWords
{
    /// <summary>A change of a draft's scheduled publication in <paramref name="rows"/> (not a publication itself), or null.</summary>
    public static (DateTime? Before, DateTime? At)? Schedule(IReadOnlyList<AuditRow> rows)
    {
        if (rows.Any(r => r.EntityType == "PageRevision"))
        {
            return null;
        }

        foreach (var row in rows.Where(r => r.EntityType == "PageDraft" && r.Action != AuditAction.Deleted))
        {
            using var after = AuditJson.Parse(row.AfterJson);
            using var before = AuditJson.Parse(row.BeforeJson);
            if (after is null || !after.RootElement.TryGetProperty("ScheduledPublishAtUtc", out var at))
            {
                continue;
            }

            var next = AuditJson.TimeOf(at);
            var was = before is not null && before.RootElement.TryGetProperty("ScheduledPublishAtUtc", out var old) ? AuditJson.TimeOf(old) : null;
            if (next is null && was is null)
            {
                continue;
            }

            return (was, next);
        }

        return null;
    }

    /// <summary>
    /// "Send for review" said as what happened (ADR 0093): a draft sent for review, approved, returned or commented on,
    /// or null when <paramref name="subject"/> is not a review of a draft.
    /// </summary>
    public static (string Verb, string Subject)? DraftReviewWords(AuditRow subject, string? title)
    {
        var draft = "the draft of the page" + (title is null ? string.Empty : " “" + title + "”");
        if (subject.EntityType == "DraftComment" && subject.Action == AuditAction.Added)
        {
            return ("commented on", draft);
        }

        if (subject.EntityType != "DraftReviewRequest")
        {
            return null;
        }

        if (subject.Action == AuditAction.Added)
        {
            return ("sent", draft + " for review");
        }

        using var after = AuditJson.Parse(subject.AfterJson);
        DraftReviewStatus? status = after is null || !after.RootElement.TryGetProperty("Status", out var value) ? null
            : value.ValueKind == JsonValueKind.String && Enum.TryParse<DraftReviewStatus>(value.GetString(), out var named) ? named
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? (DraftReviewStatus)number
            : null;
        return status switch
        {
            DraftReviewStatus.Approved => ("approved", draft),
            DraftReviewStatus.Returned => ("returned", draft + " to its author"),
            _ => null,
        };
    }
}
