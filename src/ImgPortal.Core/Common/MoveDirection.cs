namespace ImgPortal.Core.Common;

/// <summary>Which way staff move an item of an ordered list: one place up (earlier) or down (later).</summary>
public enum MoveDirection
{
    Up,
    Down,
}
