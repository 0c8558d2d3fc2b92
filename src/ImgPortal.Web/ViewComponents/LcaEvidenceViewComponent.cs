using ImgPortal.Core.Programs.Lca;
using ImgPortal.Web.ViewModels.Lca;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>
/// The H-1B filings DOL's LCA data shows for a sponsoring institution, for its program pages:
/// <c>@await Component.InvokeAsync("LcaEvidence", new { institution = program.SponsoringInstitution })</c>.
/// Renders nothing when staff have confirmed no employer for the institution.
/// </summary>
public sealed class LcaEvidenceViewComponent(ILcaEvidence evidence) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string institution)
    {
        var years = await evidence.ForInstitutionAsync(institution, HttpContext.RequestAborted);
        return years.Count == 0 ? Content(string.Empty) : View(new LcaEvidenceViewModel(years));
    }
}
