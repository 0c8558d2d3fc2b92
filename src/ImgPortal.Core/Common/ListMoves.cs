namespace ImgPortal.Core.Common;

/// <summary>
/// The rules of "Move up" / "Move down" in a staff-ordered list: an item moves one place at a time; the first
/// cannot move up, the last cannot move down, and a position outside the list moves nothing.
/// </summary>
public static class ListMoves
{
    /// <summary>The 0-based position the item at <paramref name="index"/> would move to, or null when it cannot move that way.</summary>
    public static int? TargetOf(int count, int index, MoveDirection direction)
    {
        if (index < 0 || index >= count)
        {
            return null;
        }

        var target = direction == MoveDirection.Up ? index - 1 : index + 1;
        return target >= 0 && target < count ? target : null;
    }

    /// <summary>Whether the item at <paramref name="index"/> of <paramref name="count"/> can move <paramref name="direction"/>.</summary>
    public static bool CanMove(int count, int index, MoveDirection direction) => TargetOf(count, index, direction) is not null;

    /// <summary>A copy of <paramref name="items"/> with the item at <paramref name="index"/> moved one place, or null when it cannot move.</summary>
    public static IReadOnlyList<T>? Move<T>(IReadOnlyList<T> items, int index, MoveDirection direction)
    {
        if (TargetOf(items.Count, index, direction) is not { } target)
        {
            return null;
        }

        var moved = items.ToList();
        (moved[index], moved[target]) = (moved[target], moved[index]);
        return moved;
    }
}
