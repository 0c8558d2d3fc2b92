using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.TestSupport;
using ImgPortal.Web.Resilience;
using Microsoft.Data.Sqlite;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// A form posted while another connection holds SQLite's write lock past <c>Database:BusyTimeoutSeconds</c>: the
/// form again with what was typed, the busy message and 503, and nothing saved; the same post succeeds once the lock
/// is gone. The lock is held by a second connection's <c>BEGIN IMMEDIATE</c> for the whole post.
/// </summary>
public sealed class BusyDatabaseFormTests : IDisposable
{
    private readonly PortalFactory _factory = new PortalFactory().With("Database:BusyTimeoutSeconds", "1");

    [Fact]
    public async Task PostProfile_WhileAnotherWriterHoldsTheLock_ShowsTheFormAgainWithWhatWasTypedAnd503()
    {
        var (client, userId, _) = await MemberAsync(_factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ValidForm("Busy Hour Medical College");

        HtmlPage page;
        await using (await WriteLockAsync())
        {
            page = await form.SubmitAsync(client, values, "form#profile-form");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.NotNull(page.Response.Headers.RetryAfter);
        Assert.Equal("Your profile", page.Heading);
        Assert.Contains(BusyFormFilter.Message, page.ValidationMessages);
        Assert.Equal("Busy Hour Medical College", page.Document.QuerySelector<IHtmlInputElement>("input[name='Input.MedicalSchoolName']")?.Value);
        Assert.Equal("245", page.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Step2CkScore']")?.Value);
        Assert.Null(await ProfileOfAsync(_factory, userId));

        var again = await page.SubmitAsync(client, values, "form#profile-form");

        Assert.Equal("Your roadmap", again.Heading);
        Assert.Equal("Busy Hour Medical College", (await ProfileOfAsync(_factory, userId))?.MedicalSchoolName);
    }

    [Fact]
    public async Task PostStaffRecord_WhileAnotherWriterHoldsTheLock_ShowsTheFormAgainWithWhatWasTypedAnd503()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/organizations/0");
        var typed = new Dictionary<string, string>
        {
            ["Input.Name"] = "Busy Hour Licensing Board",
            ["Input.Abbreviation"] = "BHLB",
            ["Input.Role"] = "Licenses physicians when the database is free.",
            ["Input.WebsiteUrl"] = "https://bhlb.example.org/",
            ["Input.SortOrder"] = "901",
        };

        HtmlPage page;
        await using (await WriteLockAsync())
        {
            page = await form.SubmitAllAsync(staff, "#record-form", typed);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains(BusyFormFilter.Message, page.ValidationMessages);
        foreach (var (field, value) in typed)
        {
            Assert.Equal(value, ValueOf(page, field));
        }

        var list = await HtmlPage.GetAsync(staff, "/staff/organizations");
        Assert.DoesNotContain("Busy Hour Licensing Board", list.MainText, StringComparison.Ordinal);

        var saved = await page.SubmitAllAsync(staff, "#record-form", typed);

        Assert.Contains("Saved Busy Hour Licensing Board.", saved.MainText, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static string? ValueOf(HtmlPage page, string field) =>
        page.Document.QuerySelector($"[name='{field}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };

    private Task<SqliteConnection> WriteLockAsync() => DatabaseLock.WriteLockAsync(_factory);
}
