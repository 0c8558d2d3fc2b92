namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>What the friendly page for a changed or expired check-in link says.</summary>
public sealed record CheckInProblemViewModel(string Message);
