namespace ImgPortal.Core.SourceWatch;

/// <summary>One source line of one item, as an <see cref="ICitationProvider"/> lists it.</summary>
/// <param name="Url">The address as written (normalized by the catalog).</param>
/// <param name="ItemKind">The provider's <see cref="ICitationProvider.Kind"/>.</param>
/// <param name="ItemKey">The item's id within its kind.</param>
/// <param name="ItemTitle">How staff recognize the item ("Texas pathway", "J-1 waiver: Step 2").</param>
/// <param name="EditPath">Where staff edit it (a path under /staff).</param>
public sealed record Citation(string Url, string ItemKind, string ItemKey, string ItemTitle, string EditPath);
