using ImgPortal.Core.SourceWatch;
using ImgPortal.Web.Areas.Staff.ViewModels.Sources;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>The source watch (ADR 0077): every cited source with its last check, its history, and the review tasks to resolve.</summary>
[Route("staff/sources")]
public sealed class SourcesController(ISourceWatchService sources) : StaffControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(new SourceListViewModel(await sources.ListSourcesAsync(page, cancellationToken), await sources.CountOpenTasksAsync(cancellationToken)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var source = await sources.GetSourceAsync(id, cancellationToken);
        return source is null ? NotFound() : View(source);
    }

    [HttpGet("tasks")]
    public async Task<IActionResult> Tasks(CancellationToken cancellationToken) =>
        View(new SourceTaskListViewModel(await sources.ListOpenTasksAsync(cancellationToken)));

    [HttpGet("tasks/{id:int}")]
    public async Task<IActionResult> Task(int id, CancellationToken cancellationToken)
    {
        var task = await sources.GetTaskAsync(id, cancellationToken);
        return task is null ? NotFound() : View(new SourceTaskViewModel(task, new SourceTaskInput { Version = task.Version }));
    }

    [HttpPost("tasks/{id:int}/resolve")]
    public async Task<IActionResult> Resolve(int id, [Bind(Prefix = "Input")] SourceTaskInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(id, input, cancellationToken);
        }

        var outcome = await sources.ResolveAsync(id, input.ToResolution(), cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => RedirectToAction(nameof(Tasks)),
            onInvalid: () => ShowAgainAsync(id, input, cancellationToken),
            prefix: "Input",
            onConflict: () =>
            {
                this.AddErrors(outcome, "Input");
                return ShowAgainAsync(id, input, cancellationToken, StatusCodes.Status409Conflict);
            });
    }

    private async Task<IActionResult> ShowAgainAsync(int id, SourceTaskInput input, CancellationToken cancellationToken, int status = StatusCodes.Status400BadRequest)
    {
        var task = await sources.GetTaskAsync(id, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        return View(nameof(Task), new SourceTaskViewModel(task, input));
    }
}
