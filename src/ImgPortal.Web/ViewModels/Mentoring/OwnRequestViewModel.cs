using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A member's request page: the request and, while it is open, its edit form; <paramref name="ChoiceNote"/> follows "Ask this mentor".</summary>
public sealed record OwnRequestViewModel(OwnRequest Request, MenteeRequestInputModel Input, string? ChoiceNote = null);
