using System.Net;
using AngleSharp.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Outcomes;

/// <summary>Members record their outcomes on their profile; nobody else sees or changes them.</summary>
public sealed class OutcomesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Match(string program) => new()
    {
        ["Input.Kind"] = nameof(MemberOutcomeKind.MatchedToResidency),
        ["Input.OccurredOn"] = "2026-03-20",
        ["Input.Program"] = program,
        ["Input.Specialty"] = "Internal Medicine",
        ["Input.MatchYear"] = "2026",
    };

    private async Task<(HttpClient Member, int Id)> RecordAsync(string program)
    {
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var page = await HtmlPage.GetAsync(member, "/profile/outcomes");
        await page.SubmitAsync(member, Match(program), "form#add-outcome");
        var id = await QueryAsync(factory, db => db.MemberOutcomes.Where(o => o.Program == program).Select(o => o.Id).SingleAsync());
        return (member, id);
    }

    [Fact]
    public async Task Add_Match_IsListedOnTheOutcomesPage()
    {
        var program = "Mercy IM " + Guid.NewGuid().ToString("N")[..8];

        var (member, _) = await RecordAsync(program);
        var page = await HtmlPage.GetAsync(member, "/profile/outcomes");

        Assert.Equal($"Matched to {program}, Internal Medicine, Match 2026", HtmlPage.Fold(page.Document.QuerySelector(".own-outcomes .outcome strong")!.TextContent));
    }

    [Fact]
    public async Task Add_MatchWithoutProgram_IsReShownWithTheMessageAndWhatWasTyped()
    {
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/profile/outcomes");
        var values = Match(string.Empty);
        values["Input.MatchYear"] = "2025";

        var page = await form.SubmitAsync(member, values, "form#add-outcome");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(page.ValidationMessages, m => m.StartsWith("Enter the residency program", StringComparison.Ordinal));
        Assert.Equal("2025", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Input.MatchYear']")!.Value);
    }

    [Fact]
    public async Task Add_MatchWithTwoBadFields_ShowsBothMessagesOnTheFirstTry()
    {
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/profile/outcomes");
        var values = Match("Mercy IM");
        values["Input.Specialty"] = "Not a specialty";
        values["Input.MatchYear"] = "1900";

        var page = await form.SubmitAsync(member, values, "form#add-outcome");

        Assert.Contains(OutcomeRules.SpecialtyFromList, page.ValidationMessages);
        Assert.Contains(page.ValidationMessages, m => m.StartsWith("Enter the Match year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_OwnOutcome_SavesTheChange()
    {
        var program = "Change Me " + Guid.NewGuid().ToString("N")[..8];
        var (member, id) = await RecordAsync(program);
        var form = await HtmlPage.GetAsync(member, $"/profile/outcomes/{id}");

        var saved = await form.SubmitAsync(member, Match(program + " Changed"), "form#edit-outcome");

        Assert.Contains("Your outcome is saved", saved.MainText, StringComparison.Ordinal);
        Assert.Equal(program + " Changed", await QueryAsync(factory, db => db.MemberOutcomes.Where(o => o.Id == id).Select(o => o.Program).SingleAsync()));
    }

    [Fact]
    public async Task AnotherMember_CannotSeeChangeOrDeleteTheOutcome()
    {
        var program = "Private " + Guid.NewGuid().ToString("N")[..8];
        var (_, id) = await RecordAsync(program);
        var other = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var edit = await HtmlPage.GetAsync(other, $"/profile/outcomes/{id}");
        var list = await HtmlPage.GetAsync(other, "/profile/outcomes");
        var change = await PostAsync(other, $"/profile/outcomes/{id}", Match("Hijacked").ToDictionary(p => p.Key, p => p.Value));
        var delete = await PostAsync(other, $"/profile/outcomes/{id}/delete");

        Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        Assert.DoesNotContain(program, list.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(program, await QueryAsync(factory, db => db.MemberOutcomes.Where(o => o.Id == id).Select(o => o.Program).SingleAsync()));
    }

    [Fact]
    public async Task Delete_OwnOutcome_RemovesIt()
    {
        var program = "Delete Me " + Guid.NewGuid().ToString("N")[..8];
        var (member, id) = await RecordAsync(program);
        var page = await HtmlPage.GetAsync(member, "/profile/outcomes");

        var after = await page.SubmitAsync(member, new Dictionary<string, string>(), $"form[action='/profile/outcomes/{id}/delete']");

        Assert.Contains("The outcome is deleted", after.MainText, StringComparison.Ordinal);
        Assert.False(await QueryAsync(factory, db => db.MemberOutcomes.AnyAsync(o => o.Id == id)));
    }
}
