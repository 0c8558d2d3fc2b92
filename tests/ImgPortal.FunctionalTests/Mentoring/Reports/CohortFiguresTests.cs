using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Reports;

/// <summary>The staff mentoring overview's figures by cohort, and their CSV downloads, per role.</summary>
public sealed class CohortFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Overview_Staff_ShowsThisYearsCohortWithItsMentees()
    {
        await AskAsync(factory, "Cohort Member " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/mentoring");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var row = page.Document.QuerySelector($"table.cohort-figures tr[data-year='{DateTime.UtcNow.Year}']");
        Assert.NotNull(row);
        Assert.True(int.Parse(row.QuerySelector("[data-figure=mentees]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Equal("Mentees", row.QuerySelector("[data-figure=mentees]")!.GetAttribute("data-label"));
    }

    [Theory]
    [InlineData("/staff/mentoring/cohorts.csv", "mentoring-cohorts.csv", "Cohort (year asked),Mentees,")]
    [InlineData("/staff/mentoring/cohort-rows.csv", "mentoring-cohort-rows.csv", "Cohort (year asked),Asked on,")]
    public async Task Csv_Staff_DownloadsTheFileWithItsTypeAndName(string url, string fileName, string header)
    {
        await AskAsync(factory, "Csv Member " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var response = await staff.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.StartsWith(header, body, StringComparison.Ordinal);
        Assert.Contains($"\r\n{DateTime.UtcNow.Year},", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Csv Member", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Member, "/staff/mentoring")]
    [InlineData(Roles.Member, "/staff/mentoring/cohorts.csv")]
    [InlineData(Roles.Mentor, "/staff/mentoring/cohort-rows.csv")]
    public async Task StaffFigures_MemberOrMentor_AreSentToAccessDenied(string role, string url)
    {
        var client = await PortalClient.AsRoleAsync(factory, role, followRedirects: false);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("accessdenied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
