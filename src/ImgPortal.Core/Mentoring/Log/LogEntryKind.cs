namespace ImgPortal.Core.Mentoring.Log;

/// <summary>What a line of a pairing's shared log records.</summary>
public enum LogEntryKind
{
    Meeting,
    Goal,
}
