using System.Net;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.FunctionalTests.StatePathways;

/// <summary>The self-check page: anonymous answers give results and are never stored; a member's profile fills the form.</summary>
public sealed class SelfCheckTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Check_Anonymous_ShowsAResultPerPathwayWithTheDisclaimerAndStoresNothing()
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/state-pathways/check");
        var before = await RowCountsAsync();

        var page = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.EcfmgCertified"] = "Yes",
            ["Input.UsJobOffer"] = "No",
            ["Input.YearsPracticeAbroad"] = "6",
            ["Input.PassedStep1"] = "true",
            ["Input.Immigration"] = "WorkAuthorized",
            ["Input.States"] = "TN",
        }, "#check-form");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var results = page.Document.QuerySelectorAll("article.check-result").ToList();
        var tennessee = await ProfileTestData.QueryAsync(factory, db => db.StatePathways.CountAsync(p => p.State == "TN"));
        Assert.Equal(tennessee, results.Count);
        Assert.All(results, r => Assert.StartsWith("Tennessee:", HtmlPage.Fold(r.QuerySelector("h3")!.TextContent), StringComparison.Ordinal));
        Assert.Equal("Not yet", results[0].QuerySelector(".verdict")!.TextContent.Trim());
        var jobRow = results[0].QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Contains("Job offer", StringComparison.Ordinal));
        Assert.Equal("Missing", jobRow.QuerySelector("td")!.TextContent.Trim());
        Assert.NotNull(jobRow.QuerySelector("a[href^='http']"));
        Assert.Contains("medical board decides who qualifies", page.MainText, StringComparison.Ordinal);
        Assert.Equal(before, await RowCountsAsync());
    }

    [Fact]
    public async Task Check_YearsOutOfRange_ShowsAMessageAndNoResults()
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/state-pathways/check");

        var page = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.YearsTrainingAbroad"] = "99" }, "#check-form");

        Assert.Contains("Give a number of years from 0 to 60, or leave it empty.", page.ValidationMessages);
        Assert.Null(page.Document.QuerySelector("#check-results"));
        Assert.Equal("99", page.Document.QuerySelector("#Input_YearsTrainingAbroad")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Check_SignedInMember_IsPrefilledFromTheProfile()
    {
        var (client, _, _) = await ProfileTestData.MemberAsync(factory);
        var profile = await HtmlPage.GetAsync(client, "/profile");
        await profile.SubmitAsync(client, ProfileTestData.ValidForm());

        var page = await HtmlPage.GetAsync(client, "/state-pathways/check");

        Assert.NotNull(page.Document.QuerySelector("#EcfmgCertified-No[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#PassedStep1[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#Immigration-NeedsSponsorship[checked]"));
        Assert.NotNull(page.Document.QuerySelector("#state-NY[checked]"));
        Assert.Contains("We filled in what your profile says.", page.MainText, StringComparison.Ordinal);
    }

    /// <summary>How many rows each table holds.</summary>
    private Task<Dictionary<string, long>> RowCountsAsync() =>
        ProfileTestData.QueryAsync(factory, async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var tables = new List<string>();
            using (var command = connection.CreateCommand())
            {
                // Not the visitor's answers: background jobs take lease rows whenever they run (ADR 0044), and the
                // first form served creates the data-protection key its anti-forgery token needs (ADR 0033).
                command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('JobLeases', 'DataProtectionKeys')";
                using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            var counts = new Dictionary<string, long>();
            foreach (var table in tables)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = (long)(await command.ExecuteScalarAsync())!;
            }

            return counts;
        });
}
