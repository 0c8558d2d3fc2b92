using ImgPortal.Infrastructure.Email;
using ImgPortal.Web.Areas.Staff.ViewModels.Mail;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>E-mail the outbox gave up on (refused by the server, or out of attempts), with a Retry button (ADR 0067).</summary>
public sealed class MailController(IFailedEmails failed) : StaffControllerBase
{
    public const int Shown = 100;

    [HttpGet("/staff/mail/failed")]
    public async Task<IActionResult> Failed(CancellationToken cancellationToken) =>
        View(new FailedMailViewModel(await failed.ListAsync(Shown, cancellationToken), Shown));

    [HttpPost("/staff/mail/failed/{id:guid}/retry")]
    public async Task<IActionResult> Retry(Guid id, CancellationToken cancellationToken) =>
        this.ToResult(await failed.RetryAsync(id, cancellationToken), onDone: () => RedirectToAction(nameof(Failed)));
}
