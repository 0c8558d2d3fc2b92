namespace ImgPortal.Core.Content.Editing;

/// <summary>One publication of a page, with the publisher's note on what changed.</summary>
public sealed record RevisionRow(int Number, string PublishedByName, DateTime PublishedAtUtc, string ChangeNote);
