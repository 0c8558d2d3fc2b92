using ImgPortal.Infrastructure.SourceWatch;

namespace ImgPortal.UnitTests.Infrastructure.SourceWatch;

public sealed class MainTextExtractorTests
{
    [Fact]
    public void FromHtml_PageWithChrome_KeepsOnlyTheMainText()
    {
        const string html = """
            <html><head><title>Board</title><style>p { color: red }</style></head>
            <body><header>Site name</header><nav><a href="/">Home</a></nav>
            <main><h1>Licensure</h1><p>Apply   online.</p><aside>Related links</aside><script>track()</script></main>
            <footer>Copyright</footer></body></html>
            """;

        Assert.Equal("Licensure Apply online.", MainTextExtractor.FromHtml(html));
    }

    [Fact]
    public void FromHtml_NoMainElement_ReadsTheBodyWithoutNavigation()
    {
        Assert.Equal("First Second", MainTextExtractor.FromHtml("<body><nav>Menu</nav><div>First</div><div>Second</div><footer>Foot</footer></body>"));
    }

    [Fact]
    public void FromHtml_AdjacentBlocks_AreSeparatedBySpaces()
    {
        Assert.Equal("One Two", MainTextExtractor.FromHtml("<main><p>One</p><p>Two</p></main>"));
    }

    [Fact]
    public void FromHtml_PageDate_IsReplacedByTheMarker()
    {
        Assert.Equal(
            MainTextExtractor.FromHtml("<main><p>Rules.</p><p>Updated December 1, 2026</p></main>"),
            MainTextExtractor.FromHtml("<main><p>Rules.</p><p>Updated Dec. 7, 2026</p></main>"));
    }
}
