using ImgPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The editor's live preview (ADR 0050): the editor's script posts a draft's Markdown here (with the form's
/// anti-forgery token) and shows the HTML, rendered and sanitized by the same renderer as publishing.
/// </summary>
public sealed class MarkdownPreviewController(IMarkdownRenderer renderer) : StaffControllerBase
{
    /// <summary>The most text one preview renders.</summary>
    public const int MaxLength = 100_000;

    [HttpPost("/staff/markdown-preview")]
    public IActionResult Render([FromForm] string? markdown)
    {
        if (markdown is { Length: > MaxLength })
        {
            return BadRequest();
        }

        return Content(markdown is null ? string.Empty : renderer.Render(markdown), "text/html; charset=utf-8");
    }
}
