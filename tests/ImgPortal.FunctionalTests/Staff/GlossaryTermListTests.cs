using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>The page editor offers the glossary's terms: a list to copy from without script, the toolbar's pick list with it.</summary>
public sealed class GlossaryTermListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Editor_GlossaryTerms_AreListedAToZWithALinkToTheGlossary()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var glossary = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/glossary");
        var published = glossary.Document.QuerySelectorAll("dl.glossary-terms dfn").Select(d => d.TextContent).ToList();

        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{await StaffForms.PageIdAsync(staff, "echo")}");

        var list = editor.Document.QuerySelector("#page-editor details#glossary-terms")!;
        var terms = list.QuerySelectorAll("li[data-term]").Select(li => li.GetAttribute("data-term")!).ToList();
        Assert.NotEmpty(terms);
        Assert.Equal(terms.Order(StringComparer.OrdinalIgnoreCase), terms);
        Assert.Equal(published, terms);
        Assert.Equal($"Glossary terms to use ({terms.Count})", HtmlPage.Fold(list.QuerySelector("summary")!.TextContent));
        Assert.NotNull(list.QuerySelector("a[href='/glossary']"));
    }
}
