namespace ImgPortal.Core.Content.Editing;

public enum DiffKind
{
    Unchanged,
    Removed,
    Added,

    /// <summary>Unchanged words left out of a long passage (see <see cref="DiffSpan.CollapsedWords"/>).</summary>
    Collapsed,
}
