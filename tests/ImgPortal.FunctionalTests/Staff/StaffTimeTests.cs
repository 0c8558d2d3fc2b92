using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>Staff type and read times in New York time (Staff:TimeZone), at both 2026 clock changes.</summary>
public sealed class StaffTimeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Schedule_SkippedHalfHourOnSpringForwardDay_IsRefusedWithAClearMessageAndNothingScheduled()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var editor = await DraftAsync(staff, "echo");

        var result = await editor.SubmitAsync(staff, new Dictionary<string, string> { ["PublishAt"] = "2026-03-08T02:30" }, "#schedule-form");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Contains(
            "2:30 AM on March 8, 2026 does not exist in New York time: the clocks go forward an hour that night.",
            result.MainText,
            StringComparison.Ordinal);
        Assert.DoesNotContain("It will be published on", result.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_RepeatedHourOnFallBackDay_IsTheFirstOneAndShownInNewYorkTime()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var editor = await DraftAsync(staff, "residency");

        var result = await editor.SubmitAsync(staff, new Dictionary<string, string> { ["PublishAt"] = "2026-11-01T01:30" }, "#schedule-form");
        var list = await HtmlPage.GetAsync(staff, "/staff/pages");

        Assert.Contains("The draft will be published on Nov 1, 2026, 1:30 AM (New York time).", result.MainText, StringComparison.Ordinal);
        Assert.Equal("2026-11-01T01:30", result.Document.QuerySelector("input[name=PublishAt]")?.GetAttribute("value"));
        Assert.Contains("Scheduled for Nov 1, 2026, 1:30 AM (New York time)", list.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_SummerAfternoon_IsShownBackAsTypedNotInUtc()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var editor = await DraftAsync(staff, "j1-waiver");

        var result = await editor.SubmitAsync(staff, new Dictionary<string, string> { ["PublishAt"] = "2027-07-04T15:00" }, "#schedule-form");

        Assert.Contains("It will be published on Jul 4, 2027, 3:00 PM (New York time).", result.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", result.MainText, StringComparison.Ordinal);
    }

    private static async Task<HtmlPage> DraftAsync(HttpClient staff, string slug)
    {
        var id = await StaffForms.PageIdAsync(staff, slug);
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        return await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Summary"] = "A scheduled change" });
    }
}
