using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Programs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The program finder (<c>/programs</c>) and each program's page, public; a member's own shortlist (saved programs,
/// printable, as CSV) behind sign-in. Filters are GET parameters (<see cref="ProgramQuery"/>).
/// </summary>
public sealed class ProgramsController(IProgramService programs, IOptions<PortalOptions> portal) : Controller
{
    public const string FinderPath = "/programs";

    [AllowAnonymous]
    [HttpGet(FinderPath)]
    public async Task<IActionResult> Index([FromQuery] ProgramQuery query, CancellationToken cancellationToken)
    {
        var page = await programs.FindAsync(query.ToFilter(), cancellationToken);
        return View(new ProgramFinderViewModel(query, page, User.Identity?.IsAuthenticated == true));
    }

    [Authorize]
    [HttpGet("/programs/shortlist")]
    public async Task<IActionResult> Shortlist(CancellationToken cancellationToken) =>
        View(await programs.ShortlistAsync(cancellationToken));

    [Authorize]
    [HttpGet("/programs/shortlist.csv")]
    public async Task<IActionResult> ShortlistCsv(CancellationToken cancellationToken)
    {
        var csv = ProgramWords.ShortlistCsv(await programs.ShortlistAsync(cancellationToken));
        return this.CsvFile(csv, ProgramWords.CsvFileName);
    }

    [AllowAnonymous]
    [HttpGet("/programs/{key}")]
    public async Task<IActionResult> Show(string key, [FromQuery] ProgramQuery query, CancellationToken cancellationToken)
    {
        var item = await programs.GetAsync(key, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var subject = Uri.EscapeDataString($"Out of date: {item.Program.Name}");
        var body = Uri.EscapeDataString($"Program: {item.Program.Name} ({FinderPath}/{item.Program.Key})\r\nWhat is out of date, and where you saw the current information:\r\n");
        var report = $"mailto:{portal.Value.ContactEmail}?subject={subject}&body={body}";
        return View(new ProgramPageViewModel(item, query, User.Identity?.IsAuthenticated == true, report));
    }

    [Authorize]
    [HttpPost("/programs/{key}/shortlist")]
    public async Task<IActionResult> Save(string key, string? returnTo, CancellationToken cancellationToken) =>
        this.ToResult(await programs.SaveAsync(key, cancellationToken), onDone: () => Back(returnTo));

    [Authorize]
    [HttpPost("/programs/{key}/shortlist/remove")]
    public async Task<IActionResult> Remove(string key, string? returnTo, CancellationToken cancellationToken) =>
        this.ToResult(await programs.RemoveAsync(key, cancellationToken), onDone: () => Back(returnTo));

    /// <summary>Back to the page the form was on, when it is one of the portal's own program pages.</summary>
    private RedirectResult Back(string? returnTo) =>
        Redirect(returnTo is not null && Url.IsLocalUrl(returnTo) && returnTo.StartsWith(FinderPath, StringComparison.Ordinal) ? returnTo : FinderPath + "/shortlist");
}
