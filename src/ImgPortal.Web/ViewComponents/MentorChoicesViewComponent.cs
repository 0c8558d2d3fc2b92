using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The request form's ranking of up to three mentors; renders nothing when staff do not let members choose.</summary>
public sealed class MentorChoicesViewComponent(IMentorChoiceService choices) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(MenteeRequestInputModel input, int? requestId)
    {
        var form = await choices.FormAsync(input.ToDetails(), requestId, HttpContext.RequestAborted);
        var errors = ViewData.ModelState[ChoiceRules.Field]?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];
        if (form is null)
        {
            // No ranking field without member choice; a ranking posted anyway is refused, and the member told why.
            return errors.Count == 0 ? Content(string.Empty) : View("Refused", errors);
        }

        return View(new MentorChoicesViewModel(form, input.MentorChoices, errors));
    }
}
