using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class AuditTrailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AuditPage_AfterStaffPublish_ListsWhoChangedWhatWithBeforeAndAfter()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Title"] = "ECHO, audited" });
        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?type=GuidancePage");

        var rows = audit.Document.QuerySelectorAll("#audit-entries tbody tr").Select(r => HtmlPage.Fold(r.TextContent)).ToList();
        var change = Assert.Single(rows, r => r.Contains("Modified GuidancePage #" + id, StringComparison.Ordinal));
        Assert.Contains("@test.example", change, StringComparison.Ordinal);
        Assert.Contains("\"Title\":\"ECHO, audited\"", change, StringComparison.Ordinal);
        Assert.Contains("\"Title\":\"", change, StringComparison.Ordinal);
        Assert.DoesNotContain(rows, r => r.Contains("PageDraft", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditPage_FilteredByAnActorNobodyIs_ShowsNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?actor=nobody-at-all");

        Assert.Contains("0 changes found", audit.MainText, StringComparison.Ordinal);
        Assert.Null(audit.Document.QuerySelector("#audit-entries"));
    }
}
