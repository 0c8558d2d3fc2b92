namespace ImgPortal.Core.Alerts;

/// <summary>What a publishing flow tells the change log about one published change (the entry minus its time).</summary>
public sealed record ChangeNote(ChangeTopic Topic, string? State, string Title, string Summary, string Link)
{
    public ChangeLogEntry ToEntry(DateTime publishedAtUtc) => new()
    {
        Topic = Topic.Key,
        State = State,
        Title = Cut(Title, ChangeLogEntry.TitleMaxLength),
        Summary = Cut(Summary, ChangeLogEntry.SummaryMaxLength),
        Link = Link,
        PublishedAtUtc = publishedAtUtc,
    };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
