using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Staff vet mentors' applications and keep the roster: approve, decline, pause, retire, edit.</summary>
public sealed class MentorsController(IStaffMentorService mentors, IVettingService vetting) : StaffControllerBase
{
    [HttpGet("/staff/mentors")]
    public async Task<IActionResult> Index(MentorStatus? status, string? specialty, int page = 1, CancellationToken cancellationToken = default)
    {
        var filterSpecialty = MentoringCatalog.IsSpecialty(specialty) ? specialty : null;
        var results = await mentors.ListAsync(status, filterSpecialty, page, cancellationToken);
        return View(new StaffMentorListViewModel(status, filterSpecialty, results));
    }

    [HttpGet("/staff/mentors/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var mentor = await mentors.GetAsync(id, cancellationToken);
        if (mentor is null)
        {
            return NotFound();
        }

        var input = MentorDetailsInputModel.From<MentorEditInputModel>(mentor.Details);
        input.Version = mentor.Version;
        return View(nameof(Show), new StaffMentorViewModel(mentor, input));
    }

    [HttpPost("/staff/mentors/{id:int}")]
    public async Task<IActionResult> Show(int id, MentorEditInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The rules' messages too, for the fields the binder did not refuse: every error on the first try.
            this.AddMissingErrors(MentorDetailsRules.Validate(input.ToDetails()));
            var mentor = await mentors.GetAsync(id, cancellationToken);
            return mentor is null ? NotFound() : this.FormAgain(View(new StaffMentorViewModel(mentor, input)));
        }

        var outcome = await mentors.UpdateAsync(id, input.Version, input.ToDetails(), cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => ToShow(id),
            onInvalid: async () => await mentors.GetAsync(id, cancellationToken) is { } mentor ? View(new StaffMentorViewModel(mentor, input)) : NotFound(),
            onConflict: this.RefusedTo(outcome, () => ToShow(id)));
    }

    [HttpPost("/staff/mentors/{id:int}/check/{item}")]
    public async Task<IActionResult> Check(int id, VettingItem item, CancellationToken cancellationToken) =>
        this.ToResult(await vetting.CheckAsync(id, item, cancellationToken), onDone: () => ToShow(id));

    /// <summary>A reload of the address a refused status change was shown at opens the mentor's page.</summary>
    [HttpGet("/staff/mentors/{id:int}/status")]
    public IActionResult StatusReloaded(int id) => ToShow(id);

    /// <summary>
    /// Moves the mentor to <paramref name="to"/>. Refused, by ModelState (the busy database's message, ADR 0104) or by the
    /// rules (no reason, a reason too long, a move not allowed: ADR 0117), the mentor's page comes back with status 400,
    /// nothing written, the reason still in that move's field with the message under it (the view reads both from
    /// ModelState). A stale version is flashed on the mentor's page as saved now.
    /// </summary>
    [HttpPost("/staff/mentors/{id:int}/status")]
    public async Task<IActionResult> Status(int id, Guid version, MentorStatus to, string? reason, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return this.FormAgain(await Show(id, cancellationToken));
        }

        var outcome = await vetting.ChangeStatusAsync(id, version, to, reason, cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => ToShow(id),
            onInvalid: () => Show(id, cancellationToken),
            onConflict: this.RefusedTo(outcome, () => ToShow(id)));
    }

    private RedirectToActionResult ToShow(int id) => RedirectToAction(nameof(Show), new { id });
}
