using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Mentoring;

/// <summary>The program's steps as people take them, through the real forms.</summary>
public static class MentoringSteps
{
    public static Dictionary<string, string> Volunteer(string name, string specialty = "Internal Medicine", string language = "Spanish", int capacity = 1) => new()
    {
        ["DisplayName"] = name,
        ["Specialty"] = specialty,
        ["Hospital"] = "Mercy General",
        ["County"] = "Kings",
        ["State"] = "NY",
        ["Languages"] = language,
        ["TrainingCountries"] = "India",
        ["HelpAreas"] = nameof(HelpAreas.Interviewing),
        ["Capacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["MeetingPreference"] = "Video calls",
        ["Bio"] = "Trained in Delhi, now an attending in Brooklyn.",
        ["AgreeToTerms"] = "true",
        ["Licenses[0].State"] = "NY",
        ["Licenses[0].Number"] = "298765",
        ["Npi"] = "1234567893",
        ["BoardCertification"] = "ABIM, Internal Medicine",
        ["YearsInPractice"] = "12",
        ["IsImg"] = "true",
        ["ListInDirectory"] = "true",
    };

    public static Dictionary<string, string> Request(string name) => new()
    {
        ["DisplayName"] = name,
        ["HelpAreas"] = nameof(HelpAreas.Interviewing),
        ["PreferredSpecialty"] = "Internal Medicine",
        ["Language"] = "Spanish",
        ["State"] = "NY",
        ["CountryOfTraining"] = "India",
        ["Note"] = "Interviews in January.",
    };

    /// <summary>A signed-in user who volunteered through the form; returns their client and mentor id.</summary>
    public static async Task<(HttpClient Client, int MentorId)> VolunteerAsync(PortalFactory factory, string name, int capacity = 1, bool listed = true)
    {
        var client = await PortalClient.AsRoleAsync(factory, Core.Common.Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");
        var values = Volunteer(name, capacity: capacity);
        if (!listed)
        {
            values["ListInDirectory"] = "false";
        }

        var page = await form.SubmitAsync(client, values);
        if (page.Heading != "Your mentoring")
        {
            throw new InvalidOperationException($"Volunteering failed: {page.Status} {page.MainText} {string.Join("; ", page.ValidationMessages)}");
        }

        return (client, await QueryAsync(factory, db => db.Mentors.Where(m => m.DisplayName == name).Select(m => m.Id).SingleAsync()));
    }

    /// <summary>Staff tick every vetting checklist item still to do, through the page's buttons.</summary>
    public static async Task<HtmlPage> VetAsync(HttpClient staff, int mentorId)
    {
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");
        foreach (var item in Enum.GetValues<VettingItem>())
        {
            if (page.Document.QuerySelector($".vetting-{item} form") is not null)
            {
                page = await page.SubmitAsync(staff, new Dictionary<string, string>(), $".vetting-{item} form");
            }
        }

        return page;
    }

    public static async Task ApproveAsync(PortalFactory factory, HttpClient staff, int mentorId)
    {
        var page = await VetAsync(staff, mentorId);
        var after = await page.SubmitAsync(staff, new Dictionary<string, string>(), "form.vet-Approved");
        if (!after.MainText.Contains("is now approved", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Approving failed: " + after.MainText);
        }
    }

    /// <summary>A member's request through the form; returns their client and the request id.</summary>
    public static async Task<(HttpClient Client, int RequestId)> AskAsync(PortalFactory factory, string name)
    {
        var client = await PortalClient.AsRoleAsync(factory, Core.Common.Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/request");
        var page = await form.SubmitAsync(client, Request(name));
        if (page.Heading != "Your mentoring")
        {
            throw new InvalidOperationException($"Asking failed: {string.Join("; ", page.ValidationMessages)}");
        }

        return (client, await QueryAsync(factory, db => db.MenteeRequests.Where(r => r.DisplayName == name).Select(r => r.Id).SingleAsync()));
    }

    public static async Task<HtmlPage> PairAsync(HttpClient staff, int requestId, int mentorId)
    {
        var page = await HtmlPage.GetAsync(staff, $"/staff/requests/{requestId}");
        return await page.SubmitAsync(staff, new Dictionary<string, string> { ["mentorId"] = mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[action$='/pair']");
    }

    /// <summary>
    /// An approved mentor, a mentee's request and staff's proposal pairing them, through the real forms; the names end in
    /// <paramref name="label"/> and a random suffix.
    /// </summary>
    public static async Task<ProposedPairing> ProposedPairingAsync(PortalFactory factory, string label)
    {
        var suffix = label + "-" + Guid.NewGuid().ToString("N")[..6];
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr " + suffix);
        await ApproveAsync(factory, staff, mentorId);
        var (_, requestId) = await AskAsync(factory, "Mentee " + suffix);
        await PairAsync(staff, requestId, mentorId);
        return new ProposedPairing(staff, mentor, requestId, await PairingIdAsync(factory, requestId));
    }

    /// <summary>The mentor accepts <paramref name="pairing"/> with a six-month agreement, so ending it now is early.</summary>
    public static async Task AcceptWithAgreementAsync(PortalFactory factory, ProposedPairing pairing)
    {
        var page = await HtmlPage.GetAsync(pairing.Mentor, $"/mentoring/pairings/{pairing.PairingId}");
        await page.SubmitAsync(pairing.Mentor, new Dictionary<string, string>
        {
            ["Agreement.Goals"] = "Prepare for residency interviews.",
            ["Agreement.Frequency"] = "EveryTwoWeeks",
            ["Agreement.Months"] = "6",
            ["Agreement.AcceptsCodeOfConduct"] = "true",
        }, "#accept-form");
        if (await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == pairing.PairingId).Select(p => p.State).SingleAsync()) != PairingState.Accepted)
        {
            throw new InvalidOperationException("Accepting failed.");
        }
    }

    public static async Task<int> PairingIdAsync(PortalFactory factory, int requestId) =>
        await QueryAsync(factory, db => db.Pairings.Where(p => p.MenteeRequestId == requestId).OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync());

    /// <summary>Posts to <paramref name="action"/> with the anti-forgery token of a page the client can open.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, IDictionary<string, string>? values = null)
    {
        var page = await HtmlPage.GetAsync(client, "/mentoring/dashboard");
        var fields = new Dictionary<string, string>(values ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken,
        };
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<T> QueryAsync<T>(PortalFactory factory, Func<AppDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

/// <summary>A pairing staff proposed (<see cref="MentoringSteps.ProposedPairingAsync"/>): staff's and the mentor's clients, the request and the pairing.</summary>
public sealed record ProposedPairing(HttpClient Staff, HttpClient Mentor, int RequestId, int PairingId);
