using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>
/// The pairing page's roadmap part: the mentee's consent switch, or what the mentor may see (the stage and next dated
/// steps with consent, a plain line without). Staff and anyone else get nothing: the service decides.
/// </summary>
public sealed class RoadmapShareViewComponent(IRoadmapSharingService sharing) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int pairingId)
    {
        var share = await sharing.ForPairingAsync(pairingId, HttpContext.RequestAborted);
        return share is null ? Content(string.Empty) : View(new RoadmapShareViewModel(pairingId, share));
    }
}
