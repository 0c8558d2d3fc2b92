namespace ImgPortal.Core.Content.Editing;

public sealed record RevisionRow(int Number, string PublishedByName, DateTime PublishedAtUtc);
