using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.Web.ViewModels.Outcomes;

/// <summary>The member's outcomes page: what they recorded, and the form to add one.</summary>
public sealed record OutcomesViewModel(IReadOnlyList<OwnOutcome> Outcomes, OutcomeInputModel Input);
