using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>
/// The "what you can help with / would like help with" checkboxes, shown the same on the mentor and the mentee forms
/// (<c>_HelpAreaChoices</c>): the form's own question and what is ticked.
/// </summary>
public sealed record HelpAreaChoices(string Legend, List<HelpAreas> HelpAreas);
