using System.Globalization;
using AngleSharp.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Lengths;

/// <summary>Values longer than the schema holds are refused with a message on SQLite too, never cut or dropped.</summary>
public sealed class OverLongValuesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MentorStatus_ReasonLongerThanTheColumn_IsRefusedWithAMessageAndNothingChanges()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Long Reason " + Guid.NewGuid().ToString("N")[..8]);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var after = await page.SubmitAsync(staff, new Dictionary<string, string> { ["reason"] = new string('r', Mentor.MaxStatusReasonLength + 1) }, "form.vet-Declined");

        Assert.Contains("Keep the reason to 500 characters; nothing was changed.", after.MainText, StringComparison.Ordinal);
        Assert.Equal(MentorStatus.Pending, await QueryAsync(factory, db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task Volunteer_ElevenCountriesOrOneTooLong_IsRefusedAtTheFieldNotDropped()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");
        var values = Volunteer("Dr Countries " + Guid.NewGuid().ToString("N")[..8]);
        values["TrainingCountries"] = string.Join(", ", Enumerable.Range(1, 11).Select(i => "Country " + i.ToString(CultureInfo.InvariantCulture)));

        var page = await form.SubmitAsync(client, values);

        Assert.Equal("List up to 10 countries.", HtmlPage.Fold(page.Document.QuerySelector("[data-valmsg-for=TrainingCountries]")!.TextContent));
        Assert.Equal(values["TrainingCountries"], page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[name=TrainingCountries]")?.Value
            ?? page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("[name=TrainingCountries]")!.Value);
    }
}
