using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Vetting;

/// <summary>Licenses, the vetting checklist and opt-in listing, as volunteers and staff see them.</summary>
public sealed class VettingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task VolunteerForm_ListingAndHospital_AreUntickedAndLicensesUseStateNames()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(client, "/mentoring/volunteer");

        Assert.False(page.Document.QuerySelector<IHtmlInputElement>("input[type=checkbox][name=ListInDirectory]")!.IsChecked);
        Assert.False(page.Document.QuerySelector<IHtmlInputElement>("input[type=checkbox][name=ShowHospital]")!.IsChecked);
        Assert.Equal(MentoringLimits.MaxLicenses, page.Document.QuerySelectorAll(".license-row").Length);
        var options = page.Document.QuerySelectorAll("select[name='Licenses[0].State'] option").Select(o => o.TextContent).ToList();
        Assert.Contains("New York", options);
        Assert.Equal(UsStates.All.Count + 1, options.Count);
    }

    [Fact]
    public async Task Volunteer_NoLicenseAndABadNpi_ShowsBothMessagesAndSavesNothing()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");
        var name = "Dr NoLicense " + Guid.NewGuid().ToString("N")[..8];
        var values = Volunteer(name);
        values.Remove("Licenses[0].State");
        values.Remove("Licenses[0].Number");
        values["Npi"] = "1234567890";

        var page = await form.SubmitAsync(client, values);

        Assert.Contains("Give at least one state license: its state and number.", page.ValidationMessages);
        Assert.Contains(page.ValidationMessages, m => m.StartsWith("This is not a valid NPI", StringComparison.Ordinal));
        Assert.False(await QueryAsync(factory, db => db.Mentors.AnyAsync(m => m.DisplayName == name)));
    }

    [Fact]
    public async Task StaffMentorPage_ShowsLicensesLookupLinksAndTheChecklist()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Licensed " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var license = page.Document.QuerySelector("table.licenses tbody tr")!.TextContent;
        Assert.Contains("New York", license, StringComparison.Ordinal);
        Assert.Contains("298765", license, StringComparison.Ordinal);
        Assert.Equal("1234567893", page.Document.QuerySelector(".mentor-npi")!.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector($"a[href='{LicenseLookup.DocInfo}']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='{LicenseLookup.StateBoards}']"));
        // License and orientation are staff's to do; the terms the mentor accepted on the volunteer form are done already.
        Assert.Equal(2, page.Document.QuerySelectorAll(".vetting-checklist li[data-due=true]").Length);
        Assert.Equal("false", page.Document.QuerySelector(".vetting-CodeOfConductAccepted")!.GetAttribute("data-due"));
    }

    [Fact]
    public async Task Approve_BeforeTheChecklistIsDone_IsRefusedThenAllowedAndRecordsWhoChecked()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Vetted " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var refused = await page.SubmitAsync(staff, new Dictionary<string, string>(), "form.vet-Approved");
        var vetted = await VetAsync(staff, mentorId);
        var approved = await vetted.SubmitAsync(staff, new Dictionary<string, string>(), "form.vet-Approved");

        Assert.Contains("Finish the vetting checklist before approving", refused.MainText, StringComparison.Ordinal);
        Assert.Equal("Approved", approved.Document.QuerySelector(".mentor-status")!.TextContent.Trim());
        var licenseStep = approved.Document.QuerySelector(".vetting-LicenseVerified")!;
        Assert.Equal("false", licenseStep.GetAttribute("data-due"));
        Assert.Contains("checked by staff-", licenseStep.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await QueryAsync(factory, db => db.VettingChecks.CountAsync(c => c.MentorId == mentorId)));
    }

    [Fact]
    public async Task LicenseNearExpiry_AfterApproval_PromptsARecheck()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Expiring " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        await QueryAsync(factory, async db =>
        {
            var checks = await db.VettingChecks.Where(c => c.MentorId == mentorId).ToListAsync();
            checks.ForEach(c => c.CheckedAtUtc = DateTime.UtcNow.AddYears(-1));
            var license = await db.MentorLicenses.SingleAsync(l => l.MentorId == mentorId);
            license.ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(10));
            return await db.SaveChangesAsync();
        });

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var step = page.Document.QuerySelector(".vetting-LicenseVerified")!;
        Assert.Equal("true", step.GetAttribute("data-due"));
        Assert.Contains("due again", step.TextContent, StringComparison.Ordinal);
        Assert.Equal("false", page.Document.QuerySelector(".vetting-OrientationDone")!.GetAttribute("data-due"));
    }

    [Fact]
    public async Task MentorList_NoMentorsOrNoneMatching_SaysWhichInsteadOfACount()
    {
        using var fresh = new PortalFactory();
        var staff = await PortalClient.AsRoleAsync(fresh, Roles.Staff);

        var empty = await HtmlPage.GetAsync(staff, "/staff/mentors");
        var filtered = await HtmlPage.GetAsync(staff, "/staff/mentors?status=Declined");

        Assert.StartsWith("No physician has volunteered to mentor yet.", empty.Document.QuerySelector("main p[role=status]")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("No mentor matches these filters.", filtered.Document.QuerySelector("main p[role=status]")?.TextContent.Trim());
    }
}
