namespace ImgPortal.Core.Alerts;

/// <summary>One published change as the change log, the feed and the e-mails show it.</summary>
public sealed record ChangeRow(int Id, string Topic, string? State, string Title, string Summary, string Link, DateTime PublishedAtUtc)
{
    public string TopicName => ChangeTopics.Find(Topic)?.Name ?? Topic;
}
