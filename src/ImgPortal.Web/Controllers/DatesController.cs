using System.Text;
using ImgPortal.Core.Planning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The Match dates by cycle at <c>/dates</c>, grouped by organization with sources, and a subscribable calendar per
/// cycle at <c>/dates/{cycle}.ics</c>. Not output-cached: whether a date is past changes at New York's midnight.
/// </summary>
[AllowAnonymous]
public sealed class DatesController(ISeasonDatesService dates) : Controller
{
    [HttpGet("/dates")]
    [ResponseCache(Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dates.PageAsync(cancellationToken));

    [HttpGet("/dates/{cycle:int:range(2000,2100)}.ics")]
    public async Task<IActionResult> Calendar(int cycle, CancellationToken cancellationToken)
    {
        var text = await dates.CalendarAsync(cycle, cancellationToken);
        return text is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", $"imgportal-match-{cycle}.ics");
    }
}
