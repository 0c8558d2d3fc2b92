namespace ImgPortal.Web.ViewModels.Outcomes;

/// <summary>Changing one of the member's outcomes.</summary>
public sealed record OutcomeEditViewModel(int Id, OutcomeInputModel Input);
