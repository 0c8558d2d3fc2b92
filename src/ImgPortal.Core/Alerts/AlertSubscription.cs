namespace ImgPortal.Core.Alerts;

/// <summary>
/// A member's follow settings (<c>/alerts</c>), one row per member, deleted with the account. Only changes published
/// after <see cref="FollowingSinceUtc"/> are sent, so turning alerts on never mails the whole history.
/// </summary>
public class AlertSubscription
{
    public const int TopicsMaxLength = 200;
    public const int StatesMaxLength = 200;

    public required string UserId { get; set; }

    public AlertDelivery Delivery { get; set; }

    /// <summary>The followed <see cref="ChangeTopic.Key"/>s but state pathways, comma-separated.</summary>
    public string Topics { get; set; } = string.Empty;

    /// <summary>The states whose pathways are followed, as postal codes, comma-separated.</summary>
    public string States { get; set; } = string.Empty;

    public DateTime FollowingSinceUtc { get; set; }

    /// <summary>When the last weekly digest was queued (or, before the first, when the digest was chosen).</summary>
    public DateTime? LastDigestAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public IReadOnlyList<string> TopicKeys => Split(Topics);

    public IReadOnlyList<string> StateCodes => Split(States);

    /// <summary>Whether <paramref name="entry"/> is something this member follows.</summary>
    public bool Follows(string topic, string? state) =>
        topic == ChangeTopics.StatePathways.Key
            ? state is not null && StateCodes.Contains(state, StringComparer.OrdinalIgnoreCase)
            : TopicKeys.Contains(topic, StringComparer.Ordinal);

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
