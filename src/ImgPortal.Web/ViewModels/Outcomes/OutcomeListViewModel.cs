using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.Web.ViewModels.Outcomes;

/// <summary>Reported outcomes in a page's side section: the member's own, or a member's as staff read them.</summary>
public sealed record OutcomeListViewModel(IReadOnlyList<OwnOutcome> Outcomes, bool ForStaff);
