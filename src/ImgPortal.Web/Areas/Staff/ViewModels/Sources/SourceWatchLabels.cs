using ImgPortal.Core.SourceWatch;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Sources;

/// <summary>The source watch's states in staff's words.</summary>
public static class SourceWatchLabels
{
    public static string Status(SourceStatus status) => status switch
    {
        SourceStatus.NotCheckedYet => "Not checked yet",
        SourceStatus.Ok => "OK",
        SourceStatus.Changed => "Changed",
        SourceStatus.Moved => "Moved",
        SourceStatus.Failing => "Failing",
        SourceStatus.ForbiddenByRobots => "Forbidden by robots.txt",
        SourceStatus.NotText => "Not text (presence only)",
        _ => status.ToString(),
    };

    public static string Event(SourceEventKind kind) => kind switch
    {
        SourceEventKind.TextChanged => "Text changed",
        SourceEventKind.MovedPermanently => "Moved permanently",
        SourceEventKind.Failing => "Keeps failing",
        _ => kind.ToString(),
    };

    public static string Resolution(SourceResolution resolution) => resolution switch
    {
        SourceResolution.ContentUpdated => "content updated",
        SourceResolution.NoChangeNeeded => "no change needed",
        _ => resolution.ToString(),
    };
}
