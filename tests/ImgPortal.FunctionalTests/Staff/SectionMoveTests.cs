using System.Net;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>"Move up" / "Move down" on a page's sections without script: each posts the whole editor form (PRG).</summary>
public sealed class SectionMoveTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "#page-editor";

    [Fact]
    public async Task Move_DownWithoutScript_SavesTheDraftInTheNewOrderWithTheTypedTextAndLandsOnTheSection()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff, followRedirects: false);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var before = Headings(editor);
        var values = StaffForms.Values(editor, Editor, new Dictionary<string, string> { ["Input.Summary"] = "Typed before moving" });

        var response = await staff.PostAsync(MoveAction(editor, 0, "down"), new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/staff/pages/{id}#section-2", response.Headers.Location?.OriginalString);
        var after = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        Assert.Equal([before[1], before[0], .. before[2..]], Headings(after));
        Assert.Contains($"Moved “{before[0]}” down: it is now section 2 of {before.Count}.", after.MainText, StringComparison.Ordinal);
        Assert.Equal("Typed before moving", after.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
        Assert.Equal(before[0], Fieldset(after, "section-2").QuerySelector("input[name$='.Heading']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Move_UpThenPublish_VisitorsSeeTheSectionsInTheNewOrder()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "get-involved");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var before = Headings(editor);

        var moved = await PostMoveAsync(staff, editor, 2, "up");
        var published = await moved.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        Assert.Contains("Published", published.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/get-involved");
        var shown = page.Document.QuerySelectorAll("main h2").Select(h => HtmlPage.Fold(h.TextContent)).Where(before.Contains).ToList();
        Assert.Equal([before[0], before[2], before[1], .. before[3..]], shown);
    }

    [Fact]
    public async Task Editor_MoveButtons_NameTheSectionAndTheImpossibleMovesAreDisabled()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "residency");

        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var headings = Headings(editor);
        var first = Fieldset(editor, "section-1");
        var last = Fieldset(editor, $"section-{headings.Count}");
        Assert.Equal($"Move up “{headings[0]}”", HtmlPage.Fold(MoveButton(first, "up").TextContent));
        Assert.True(MoveButton(first, "up").IsDisabled);
        Assert.False(MoveButton(first, "down").IsDisabled);
        Assert.True(MoveButton(last, "down").IsDisabled);
        Assert.False(MoveButton(last, "up").IsDisabled);
        Assert.Null(editor.Document.QuerySelector("input[name$='.Order']"));
        Assert.Empty(editor.Document.QuerySelectorAll("#new-section button[data-move]"));
    }

    [Fact]
    public async Task Move_FromAnOutOfDateEditor_ShowsTheConflictAndMovesNothing()
    {
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(first, "j1-waiver");
        var firstEditor = await HtmlPage.GetAsync(first, $"/staff/pages/{id}");
        var secondEditor = await HtmlPage.GetAsync(second, $"/staff/pages/{id}");
        var before = Headings(firstEditor);
        await firstEditor.SubmitAllAsync(first, Editor, new Dictionary<string, string> { ["Input.Summary"] = "Saved by the first editor" });

        var conflict = await PostMoveAsync(second, secondEditor, 0, "down");

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.NotNull(conflict.Document.QuerySelector("#conflict"));
        var current = await HtmlPage.GetAsync(first, $"/staff/pages/{id}");
        Assert.Equal(before, Headings(current));
        Assert.Equal("Saved by the first editor", current.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Move_SectionTickedForRemoval_IsRefusedWithTheFormAsTyped()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "credentialing");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var values = StaffForms.Values(editor, Editor, new Dictionary<string, string>
        {
            ["Input.Sections[0].Remove"] = "true",
            ["Input.Summary"] = "Typed before a refused move",
        });

        var refused = await HtmlPage.ParseAsync(await staff.PostAsync(MoveAction(editor, 0, "down"), new FormUrlEncodedContent(values)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("That section cannot move: it has no heading or is ticked for removal.", refused.MainText, StringComparison.Ordinal);
        Assert.Equal("Typed before a refused move", refused.Document.QuerySelector("textarea[name='Input.Summary']")?.TextContent.Trim());
    }

    private static async Task<HtmlPage> PostMoveAsync(HttpClient client, HtmlPage editor, int row, string direction) =>
        await HtmlPage.ParseAsync(await client.PostAsync(MoveAction(editor, row, direction), new FormUrlEncodedContent(StaffForms.Values(editor, Editor))));

    private static string MoveAction(HtmlPage editor, int row, string direction) =>
        MoveButton(Fieldset(editor, $"section-{row + 1}"), direction).GetAttribute("formaction")!;

    private static IHtmlButtonElement MoveButton(AngleSharp.Dom.IElement fieldset, string direction) =>
        (IHtmlButtonElement)fieldset.QuerySelector($"button[data-move='{direction}']")!;

    private static AngleSharp.Dom.IElement Fieldset(HtmlPage page, string id) =>
        page.Document.QuerySelector($"{Editor} fieldset#{id}") ?? throw new InvalidOperationException($"No fieldset #{id}.");

    private static List<string> Headings(HtmlPage editor) =>
        editor.Document.QuerySelectorAll($"{Editor} fieldset[data-section=existing] input[name$='.Heading']")
            .Select(i => i.GetAttribute("value") ?? string.Empty)
            .ToList();
}
