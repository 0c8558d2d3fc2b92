using ImgPortal.Core.Waivers;

namespace ImgPortal.Web.ViewModels.Waivers;

/// <summary>The member's waiver timeline page: the form, and the steps worked out from what they last saved.</summary>
public sealed record WaiverTimelineViewModel(WaiverTimelineInputModel Input, IReadOnlyList<WaiverTimelineStep> Steps);
