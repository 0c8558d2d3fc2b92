using ImgPortal.Core.Alerts;
using ImgPortal.Web.ViewModels.Alerts;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>
/// A followed page's "Updates to this guide" box, read from the public change log (ADR 0078, 0088): the topic's
/// newest published changes with their dates, or, when there are none yet, what a reader can do next.
/// <c>@await Component.InvokeAsync("RecentChanges", new { topic = ChangeTopics.Visas })</c>.
/// </summary>
public sealed class RecentChangesViewComponent(IChangeLogService changes) : ViewComponent
{
    /// <summary>How many changes the box lists; the rest are on <c>/changes</c>.</summary>
    public const int Count = 5;

    public async Task<IViewComponentResult> InvokeAsync(ChangeTopic topic)
    {
        var newest = await changes.ListAsync(topic.Key, null, 1, Count, HttpContext.RequestAborted);
        return View(new RecentChangesViewModel(topic, newest.Items, newest.TotalCount));
    }
}
