namespace ImgPortal.Core.Common;

/// <summary>
/// An entity staff edit. <see cref="Version"/> is its optimistic concurrency token: it changes on every save,
/// so a save based on an older version is refused instead of overwriting someone else's edit.
/// Provider-neutral (SQLite has no rowversion), renewed by the context on each update.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
