using ImgPortal.Core.SourceWatch;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The open source watch review tasks, as one line on the staff home and the review queue (ADR 0077).</summary>
public sealed class OpenSourceTasksViewComponent(ISourceWatchService sources) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await sources.CountOpenTasksAsync(HttpContext.RequestAborted));
}
