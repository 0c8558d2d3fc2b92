namespace ImgPortal.Core.Content.Editing;

/// <summary>The draft (or the live text) as visitors would see it, and whether there is a draft at all.</summary>
public sealed record PagePreview(int Id, GuidancePageDetail Page, bool HasDraft);
