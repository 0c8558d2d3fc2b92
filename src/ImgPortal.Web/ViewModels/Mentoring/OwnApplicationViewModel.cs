using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The volunteer's application page: where it stands and, while pending, the form to change it.</summary>
public sealed record OwnApplicationViewModel(OwnApplicationDetails Application, OwnApplicationInputModel Input);
