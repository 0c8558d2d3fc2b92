namespace ImgPortal.Core.Content.Editing;

/// <summary>A comment on a draft, as the draft page shows it.</summary>
public sealed record DraftCommentRow(string AuthorName, DateTime WrittenAtUtc, string Text);
