using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring;

/// <summary>
/// Issue 19: a mentoring form the binder refuses answers 400 with the form again, as typed, the same status as a form
/// Core's rules refuse (<c>OutcomeResults.ToResult</c>) and as every other refused form in the portal. Each post leaves
/// the name blank (a binder refusal) and types a value the page must show again.
/// </summary>
public sealed class RefusedMentoringFormsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string TypedHospital = "Typed Again Hospital";

    [Fact]
    public async Task Volunteer_BlankName_Answers400WithTheTypedValuesShownAgain()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");
        var values = Volunteer(string.Empty);
        values["Hospital"] = TypedHospital;

        var refused = await form.SubmitAsync(client, values);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(MentoringMessages.MentorNameRequired, refused.ValidationMessages);
        Assert.Equal(TypedHospital, InputValue(refused, "Hospital"));
    }

    [Fact]
    public async Task OwnApplication_BlankName_Answers400WithTheTypedValuesShownAgain()
    {
        var (client, _) = await VolunteerAsync(factory, "Own app " + Guid.NewGuid().ToString("N")[..8]);
        var page = await HtmlPage.GetAsync(client, "/mentoring/application");
        var values = Volunteer(string.Empty);
        values["Hospital"] = TypedHospital;

        var refused = await page.SubmitAsync(client, values, "main form.application-form");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(MentoringMessages.MentorNameRequired, refused.ValidationMessages);
        Assert.Equal(TypedHospital, InputValue(refused, "Hospital"));
    }

    [Fact]
    public async Task MenteeRequest_BlankName_Answers400WithTheTypedValuesShownAgain()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/request");
        var values = Request(string.Empty);
        values["CountryOfTraining"] = "Egypt";

        var refused = await form.SubmitAsync(client, values);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(MentoringMessages.MenteeNameRequired, refused.ValidationMessages);
        Assert.Equal("Egypt", InputValue(refused, "CountryOfTraining"));
    }

    [Fact]
    public async Task OwnRequest_BlankName_Answers400WithTheTypedValuesShownAgain()
    {
        var (client, requestId) = await AskAsync(factory, "Own req " + Guid.NewGuid().ToString("N")[..8]);
        var page = await HtmlPage.GetAsync(client, $"/mentoring/requests/{requestId}");
        var values = Request(string.Empty);
        values["CountryOfTraining"] = "Egypt";

        var refused = await page.SubmitAsync(client, values, "#edit-request");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(MentoringMessages.MenteeNameRequired, refused.ValidationMessages);
        Assert.Equal("Egypt", InputValue(refused, "CountryOfTraining"));
    }

    [Fact]
    public async Task StaffMentorEdit_BlankName_Answers400WithTheTypedValuesShownAgain()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Staff edit " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var refused = await page.SubmitAsync(
            staff,
            new Dictionary<string, string> { ["DisplayName"] = string.Empty, ["Hospital"] = TypedHospital },
            $"form[action='/staff/mentors/{mentorId}']");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(MentoringMessages.MentorNameRequired, refused.ValidationMessages);
        Assert.Equal(TypedHospital, InputValue(refused, "Hospital"));
    }

    private static string? InputValue(HtmlPage page, string name) =>
        page.Document.QuerySelector<IHtmlInputElement>($"main input[name='{name}']")?.Value;
}
