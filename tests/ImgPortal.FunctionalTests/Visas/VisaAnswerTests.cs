using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Visas;

/// <summary>"Not sure yet" as the visa answer, and the roadmap's link to the visas guide's section for each answer.</summary>
public sealed class VisaAnswerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_ProfileOfANewMember_SelectsNotSureYetAsTheVisaNeeded()
    {
        var (client, _, _) = await MemberAsync(factory);

        var page = await HtmlPage.GetAsync(client, "/profile");

        var selected = page.Document.QuerySelector("select[name='Input.VisaNeed'] option[selected]");
        Assert.NotNull(selected);
        Assert.Equal(nameof(VisaNeed.NotSureYet), selected.GetAttribute("value"));
        Assert.Equal("Not sure yet", HtmlPage.Fold(selected.TextContent));
    }

    [Fact]
    public async Task Post_ProfileWithoutAVisaAnswer_RoadmapKeepsTheVisaStepOpenAndLinksToTheComparison()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = ValidForm();
        form.Remove("Input.VisaNeed");

        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, form, "form#profile-form");

        var visaStep = roadmap.Document.QuerySelector("#step-" + RoadmapRules.Keys.VisaPlan)!;
        Assert.NotEqual(nameof(StepState.NotApplicable), visaStep.GetAttribute("data-state"));
        Assert.NotEqual("Not applicable", HtmlPage.Fold(visaStep.QuerySelector(".step-state")!.TextContent));
        var links = roadmap.Document.QuerySelectorAll(".next-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(VisasGuide.ComparisonPath, links);
    }

    [Theory]
    [InlineData(nameof(VisaNeed.J1), "/visas#the-j-1-through-ecfmg")]
    [InlineData(nameof(VisaNeed.H1B), "/visas#the-h-1b")]
    [InlineData(nameof(VisaNeed.NotSureYet), "/visas#j-1-and-h-1b-side-by-side")]
    public async Task Post_ProfileThatNeedsAVisa_RoadmapLinksToASectionThatExistsOnTheVisasPage(string need, string href)
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = ValidForm();
        form["Input.VisaNeed"] = need;

        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, form, "form#profile-form");
        var visas = await HtmlPage.GetAsync(client, "/visas");

        var links = roadmap.Document.QuerySelectorAll(".next-actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(href, links);
        Assert.NotNull(visas.Document.GetElementById(href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..]));
    }
}
