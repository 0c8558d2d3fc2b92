using ImgPortal.Core.Programs.Lca;
using ImgPortal.Web.Areas.Staff.Lca;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Lca;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The Department of Labor's LCA disclosure import (ADR 0076): upload (saved, then imported by the background
/// job), progress, history, and the employer ↔ sponsoring institution matches staff confirm or reject.
/// </summary>
public sealed class LcaController(ILcaImports imports, ILcaMatching matching, IOptions<LcaOptions> options) : StaffControllerBase
{
    /// <summary>Where the upload form posts; the pipeline's body limit knows this path (<c>Lca:MaxUploadBytes</c>).</summary>
    public const string UploadPath = "/staff/lca";

    public const int HistoryShown = 20;

    /// <summary>Seconds between refreshes of the progress page while the import is queued or running.</summary>
    public const int RefreshSeconds = 3;

    [HttpGet("/staff/lca")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ModelAsync(cancellationToken));

    [HttpPost(UploadPath)]
    [LcaUploadLimit]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose the disclosure file (.xlsx) to upload.");
        }
        else if (!file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", "The file must be an Excel workbook (.xlsx), as DOL publishes it.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await ModelAsync(cancellationToken));
        }

        await using var content = file!.OpenReadStream();
        var id = await imports.QueueAsync(content, file.FileName, cancellationToken);
        Flash("The file is uploaded. Its import runs in the background; this page shows how far it has got.");
        return RedirectToAction(nameof(Import), new { id });
    }

    [HttpGet("/staff/lca/imports/{id:int}")]
    public async Task<IActionResult> Import(int id, CancellationToken cancellationToken)
    {
        var import = await imports.FindAsync(id, cancellationToken);
        if (import is null)
        {
            return NotFound();
        }

        if (import.Status is LcaImportStatus.Queued or LcaImportStatus.Running)
        {
            // Reloads the page without script until the import ends (every browser honours the Refresh header).
            Response.Headers["Refresh"] = RefreshSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return View(import);
    }

    [HttpPost("/staff/lca/matches/confirm")]
    public Task<IActionResult> Confirm(LcaMatchInput input, CancellationToken cancellationToken) =>
        DecideAsync(input, LcaMatchDecision.Confirmed, cancellationToken);

    [HttpPost("/staff/lca/matches/reject")]
    public Task<IActionResult> Reject(LcaMatchInput input, CancellationToken cancellationToken) =>
        DecideAsync(input, LcaMatchDecision.Rejected, cancellationToken);

    private async Task<IActionResult> DecideAsync(LcaMatchInput input, LcaMatchDecision decision, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return NotFound();
        }

        var outcome = await matching.DecideAsync(input.Employer, input.Institution, decision, cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Index)));
    }

    private async Task<LcaIndexViewModel> ModelAsync(CancellationToken cancellationToken) => new(
        await imports.HistoryAsync(HistoryShown, cancellationToken),
        await matching.SuggestionsAsync(cancellationToken),
        await matching.DecisionsAsync(cancellationToken),
        options.Value.MaxUploadBytes);
}
