using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Profiles;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Roadmap;

/// <summary>The profile's OET Medicine and Pathway dates (passed or completed on, or planned for) and the roadmap's "Dates that matter".</summary>
public sealed class OetAndPathwayDatesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Edit_PlannedOetAndCompletedPathway_AreSavedKeptOnTheFormAndShownAmongTheRoadmapsDates()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var planned = Day(60);
        var values = ValidForm();
        values["Input.OetDate"] = planned;
        values["Input.PathwayCompleted"] = "true";
        values["Input.PathwayDate"] = "2025-11-20";

        var roadmap = await form.SubmitAsync(client, values, "form#profile-form");
        var again = await HtmlPage.GetAsync(client, "/profile");

        Assert.Equal("Your roadmap", roadmap.Heading);
        var dates = roadmap.Document.QuerySelectorAll("#season-dates tr.own-date").Select(r => HtmlPage.Fold(r.TextContent)).ToList();
        Assert.Contains(dates, d => d.Contains("Your OET Medicine (planned)", StringComparison.Ordinal)
            && d.Contains(RoadmapRules.Format(DateOnly.ParseExact(planned, "yyyy-MM-dd", CultureInfo.InvariantCulture)), StringComparison.Ordinal));
        Assert.Contains(dates, d => d.Contains("You completed your ECFMG Pathway", StringComparison.Ordinal) && d.Contains("November 20, 2025", StringComparison.Ordinal));
        Assert.Equal(planned, Input(again, "Input.OetDate").Value);
        Assert.False(Input(again, "Input.OetPassed").IsChecked);
        Assert.True(Input(again, "Input.PathwayCompleted").IsChecked);
        Assert.Equal("2025-11-20", Input(again, "Input.PathwayDate").Value);
        var saved = (await ProfileOfAsync(factory, userId))!;
        Assert.Equal(new DateOnly(2025, 11, 20), saved.PathwayDate);
        Assert.True(saved.PathwayCompleted);
        Assert.False(saved.OetPassed);
    }

    [Fact]
    public async Task Edit_RefusedOetAndPathwayDates_ReshowTheTypedValuesWithAMessageAtEachFieldAndSaveNothing()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ValidForm("Typed School Name");
        values["Input.OetPassed"] = "true";
        values["Input.OetDate"] = Day(10);
        values["Input.PathwayDate"] = "2024-01-05";

        var page = await form.SubmitAsync(client, values, "form#profile-form");

        Assert.Equal("Your profile", page.Heading);
        Assert.Equal("Typed School Name", Input(page, "Input.MedicalSchoolName").Value);
        Assert.Equal(Day(10), Input(page, "Input.OetDate").Value);
        Assert.True(Input(page, "Input.OetPassed").IsChecked);
        Assert.Equal("2024-01-05", Input(page, "Input.PathwayDate").Value);
        Assert.Contains("date you passed OET Medicine cannot be in the future", FieldMessage(page, "Input.OetDate"), StringComparison.Ordinal);
        Assert.Contains("planned date for your ECFMG Pathway is today or later", FieldMessage(page, "Input.PathwayDate"), StringComparison.Ordinal);
        Assert.Null(await ProfileOfAsync(factory, userId));
    }

    [Fact]
    public async Task Edit_UnreadableOetDate_IsRefusedAtTheFieldWithTheTypedValueKept()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ValidForm();
        values["Input.OetDate"] = "next spring";

        var page = await form.SubmitAsync(client, values, "form#profile-form");

        Assert.Equal("next spring", Input(page, "Input.OetDate").Value);
        Assert.NotEmpty(FieldMessage(page, "Input.OetDate"));
        Assert.Null(await ProfileOfAsync(factory, userId));
    }

    /// <summary>A day <paramref name="days"/> from today (UTC), as the form posts it; far enough from midnight in New York not to matter.</summary>
    private static string Day(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IHtmlInputElement Input(HtmlPage page, string name) =>
        page.Document.QuerySelector<IHtmlInputElement>($"input[name='{name}']")
        ?? throw new InvalidOperationException($"No input {name}.");

    private static string FieldMessage(HtmlPage page, string name) =>
        HtmlPage.Fold(page.Document.QuerySelector($"span[data-valmsg-for='{name}']")?.TextContent ?? string.Empty);
}
