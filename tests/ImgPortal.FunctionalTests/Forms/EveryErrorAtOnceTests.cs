using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Forms;

/// <summary>
/// Issue 19, item 3 (ADR 0097, ADR 0100): when the binder refuses a form, the Core rules' messages for the other fields
/// show too, so a person sees every error on the first try, not one per try. Each post has one field the binder refuses
/// (a blank name) and one only a Core rule refuses (an NPI's check digit, a ranking while members may not choose).
/// </summary>
public sealed class EveryErrorAtOnceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Ten digits, so the length attribute passes, but the check digit is wrong: only <c>NpiRules</c> refuses it.</summary>
    private const string BadCheckDigitNpi = "1234567890";

    private static readonly string NpiMessage = ValidationText.Limit(MentoringMessages.NpiInvalid, NpiRules.Length);

    [Fact]
    public async Task Volunteer_BlankNameAndABadNpi_ShowsBothMessagesOnTheFirstTry()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");
        var values = Volunteer("Dr. Two Errors");
        values["DisplayName"] = string.Empty;
        values["Npi"] = BadCheckDigitNpi;

        var refused = await form.SubmitAsync(client, values);

        AssertFieldMessage(refused, "DisplayName", MentoringMessages.MentorNameRequired);
        AssertFieldMessage(refused, "Npi", NpiMessage);
        AssertSummaryHolds(refused, MentoringMessages.MentorNameRequired, NpiMessage);
    }

    [Fact]
    public async Task MenteeRequest_BlankNameAndARankingWhileMembersMayNotChoose_ShowsBothMessagesOnTheFirstTry()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/request");
        var values = Request("Two errors mentee");
        values["DisplayName"] = string.Empty;
        values["MentorChoices[0]"] = "1";

        var refused = await form.SubmitAsync(client, values);

        AssertFieldMessage(refused, "DisplayName", MentoringMessages.MenteeNameRequired);
        AssertFieldMessage(refused, ChoiceRules.Field, ChoiceRules.ChoiceOff);
        AssertSummaryHolds(refused, MentoringMessages.MenteeNameRequired, ChoiceRules.ChoiceOff);
    }

    [Fact]
    public async Task StaffMentorEdit_BlankNameAndABadNpi_ShowsBothMessagesOnTheFirstTry()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Dr. Staff Edit Two Errors");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var refused = await page.SubmitAsync(
            staff,
            new Dictionary<string, string> { ["DisplayName"] = string.Empty, ["Npi"] = BadCheckDigitNpi },
            $"form[action='/staff/mentors/{mentorId}']");

        AssertFieldMessage(refused, "DisplayName", MentoringMessages.MentorNameRequired);
        AssertFieldMessage(refused, "Npi", NpiMessage);
        AssertSummaryHolds(refused, MentoringMessages.MentorNameRequired, NpiMessage);
    }

    private static void AssertFieldMessage(HtmlPage page, string field, string message) =>
        Assert.Equal(message, HtmlPage.Fold(page.Document.QuerySelector($".field-validation-error[data-valmsg-for='{field}']")?.TextContent ?? string.Empty));

    private static void AssertSummaryHolds(HtmlPage page, params string[] messages)
    {
        var summary = page.Document.QuerySelectorAll("#error-summary li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.All(messages, message => Assert.Contains(message, summary));
    }
}
