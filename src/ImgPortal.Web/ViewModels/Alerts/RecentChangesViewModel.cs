using ImgPortal.Core.Alerts;

namespace ImgPortal.Web.ViewModels.Alerts;

/// <summary>A topic's newest published changes, newest first, and how many there are in all.</summary>
public sealed record RecentChangesViewModel(ChangeTopic Topic, IReadOnlyList<ChangeRow> Changes, int Total)
{
    public string AllChangesPath => "/changes?topic=" + Topic.Key;
}
