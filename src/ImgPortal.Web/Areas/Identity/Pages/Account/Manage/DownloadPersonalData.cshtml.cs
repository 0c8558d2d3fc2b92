using System.Text.Json;
using System.Text.Json.Serialization;
using ImgPortal.Core.Alerts;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Dashboards;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Identity's default personal-data download, plus the member's IMG profile, roadmap, reported outcomes,
/// mentoring (their application, requests and pairings) and change-alert settings. Scaffolded only to add those; everything else is as the
/// default UI does it.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize]
public sealed class DownloadPersonalDataModel(
    UserManager<ApplicationUser> userManager,
    IProfileService profiles,
    IRoadmapService roadmaps,
    IMemberOutcomeService outcomes,
    IMentoringDashboardService mentoring,
    IAlertSettingsService alerts,
    ILogger<DownloadPersonalDataModel> logger) : PageModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    // The privacy page links here: a GET shows what the file holds and the button that posts for it.
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return NotFound($"Unable to load user with ID '{userManager.GetUserId(User)}'.");
        }

        logger.LogInformation("User with ID '{UserId}' asked for their personal data.", userManager.GetUserId(User));

        var personalData = new Dictionary<string, object?>();
        var personalDataProps = typeof(ApplicationUser).GetProperties().Where(
            prop => Attribute.IsDefined(prop, typeof(PersonalDataAttribute)));
        foreach (var p in personalDataProps)
        {
            personalData.Add(p.Name, p.GetValue(user)?.ToString() ?? "null");
        }

        var logins = await userManager.GetLoginsAsync(user);
        foreach (var l in logins)
        {
            personalData.Add($"{l.LoginProvider} external login provider key", l.ProviderKey);
        }

        personalData.Add("Authenticator Key", await userManager.GetAuthenticatorKeyAsync(user));

        personalData.Add("ImgProfile", await profiles.GetOwnAsync(cancellationToken));
        var roadmap = await roadmaps.GetOwnAsync(cancellationToken);
        personalData.Add("Roadmap", new
        {
            Stage = roadmap.HasProfile ? roadmap.Stage.ToString() : null,
            Steps = roadmap.Steps.Select(s => new { s.Step.Key, s.Step.Title, State = s.State.ToString(), s.FromProfile }),
        });

        personalData.Add("Outcomes", (await outcomes.ListOwnAsync(cancellationToken)).Select(o => new { o.Summary, o.Details }));
        var program = await mentoring.DashboardAsync(cancellationToken);
        personalData.Add("Mentoring", new { program.Application, program.Requests, Pairings = program.MentorPairings });
        personalData.Add("Alerts", await alerts.GetSavedOwnAsync(cancellationToken));

        Response.Headers.TryAdd("Content-Disposition", "attachment; filename=PersonalData.json");
        return new FileContentResult(JsonSerializer.SerializeToUtf8Bytes(personalData, Json), "application/json");
    }
}
