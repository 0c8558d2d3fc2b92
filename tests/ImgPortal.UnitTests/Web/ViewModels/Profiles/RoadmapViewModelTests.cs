using ImgPortal.Core.Profiles;
using ImgPortal.Web.ViewModels.Profiles;

namespace ImgPortal.UnitTests.Web.ViewModels.Profiles;

public sealed class RoadmapViewModelTests
{
    [Fact]
    public void ByReason_AdjacentActionsWithTheSameReason_AreOneGroupInOrder()
    {
        NextAction[] actions =
        [
            new("Step 2 CK", RoadmapRules.NeededForCertification, "residency"),
            new("OET", RoadmapRules.NeededForCertification, "residency"),
            new("Visa", "You will need a J-1 visa.", "visas"),
            new("Pathway", RoadmapRules.NeededForCertification, "residency"),
        ];

        var groups = RoadmapViewModel.ByReason(actions);

        Assert.Equal(
            [["Step 2 CK", "OET"], ["Visa"], ["Pathway"]],
            groups.Select(g => g.Select(a => a.Title).ToArray()).ToArray());
    }

    [Theory]
    [InlineData("https://portal.example/calendar/abc.ics", "webcal://portal.example/calendar/abc.ics")]
    [InlineData("http://127.0.0.1:5080/calendar/abc.ics", "webcal://127.0.0.1:5080/calendar/abc.ics")]
    [InlineData("not a url", "not a url")]
    public void Webcal_FeedAddress_UsesTheWebcalScheme(string feed, string expected) =>
        Assert.Equal(expected, RoadmapViewModel.Webcal(feed));

    [Fact]
    public void Href_ActionWithAnAnchor_LinksToTheSectionOfItsPage()
    {
        Assert.Equal("/residency#eras", new NextAction("Apply", "Why", "residency", Anchor: "eras").Href);
        Assert.Equal("/mentoring/request", new NextAction("Ask", "Why", "mentoring", "/mentoring/request", "ignored").Href);
    }
}
