using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.Areas.Staff.ViewModels.Pages;

namespace ImgPortal.UnitTests.Web.Areas.Staff.ViewModels.Pages;

public sealed class DiffTextTests
{
    [Fact]
    public void Html_WordChangedBeforeAFullStop_KeepsTheFullStopAgainstTheWord()
    {
        var spans = WordDiff.Compare("Apply by March.", "Apply by April.");

        var html = DiffText.Html(spans).ToString()!;

        Assert.EndsWith("</ins>.", html, StringComparison.Ordinal);
        Assert.StartsWith("Apply by <del", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("> .", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_TextWithMarkup_IsEncoded()
    {
        var html = DiffText.Html([new DiffSpan(DiffKind.Added, "<b>x</b>")]).ToString()!;

        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", html, StringComparison.Ordinal);
    }
}
