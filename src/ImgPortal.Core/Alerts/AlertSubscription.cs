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

    /// <summary>
    /// Whether a change of <paramref name="topic"/> (for <paramref name="state"/>, at <paramref name="link"/>) is
    /// something this member follows; a program's change only when the program is on her shortlist
    /// (<paramref name="shortlistLinks"/>: the public paths of her shortlisted programs).
    /// </summary>
    public bool Follows(string topic, string? state, string? link = null, IReadOnlySet<string>? shortlistLinks = null) =>
        topic == ChangeTopics.StatePathways.Key
            ? state is not null && StateCodes.Contains(state, StringComparer.OrdinalIgnoreCase)
            : TopicKeys.Contains(topic, StringComparer.Ordinal)
                && (topic != ChangeTopics.Programs.Key || (link is not null && shortlistLinks is not null && shortlistLinks.Contains(link)));

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
