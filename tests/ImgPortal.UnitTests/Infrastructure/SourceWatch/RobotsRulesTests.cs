using ImgPortal.Infrastructure.SourceWatch;

namespace ImgPortal.UnitTests.Infrastructure.SourceWatch;

public sealed class RobotsRulesTests
{
    private const string Token = "ImgPortalSourceWatch";

    [Fact]
    public void Allows_GroupNamingThePortal_WinsOverTheStarGroup()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: imgportalsourcewatch\nDisallow: /drafts\n", Token);

        Assert.True(rules.Allows("/laws/page"));
        Assert.False(rules.Allows("/drafts/1"));
    }

    [Fact]
    public void Allows_StarGroupOnly_Applies()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /private # comment\n", Token);

        Assert.False(rules.Allows("/private/x"));
        Assert.True(rules.Allows("/public"));
    }

    [Fact]
    public void Allows_LongestRuleWins_AllowOnATie()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /a\nAllow: /a/open\nDisallow: /b\nAllow: /b\n", Token);

        Assert.False(rules.Allows("/a/closed"));
        Assert.True(rules.Allows("/a/open/page"));
        Assert.True(rules.Allows("/b/page"));
    }

    [Fact]
    public void Allows_WildcardAndEndAnchor_Match()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /*.pdf$\n", Token);

        Assert.False(rules.Allows("/reports/2026.pdf"));
        Assert.True(rules.Allows("/reports/2026.pdf?download=1"));
    }

    [Fact]
    public void Allows_EmptyDisallowOrNoGroup_AllowsEverything()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", Token).Allows("/anything"));
        Assert.True(RobotsRules.Parse("User-agent: OtherBot\nDisallow: /\n", Token).Allows("/anything"));
    }
}
