using ImgPortal.Core.Content;

namespace ImgPortal.UnitTests.Content;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Render_ScriptTag_IsRemoved()
    {
        var html = _renderer.Render("Hello\n\n<script>alert('x')</script>\n\nWorld");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains("Hello", html, StringComparison.Ordinal);
        Assert.Contains("World", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<img src=\"x.png\" onerror=\"alert(1)\">")]
    [InlineData("<a href=\"/ok\" onclick=\"steal()\">link</a>")]
    [InlineData("<p onmouseover=\"alert(1)\">text</p>")]
    public void Render_EventHandlerAttributes_AreRemoved(string markdown)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotMatch(@"\son[a-z]+\s*=", html);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click me</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">click me</a>")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    public void Render_DangerousLinkSchemes_AreRemoved(string markdown)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click me", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("<embed src=\"x.swf\">")]
    [InlineData("<form action=\"https://evil.example\"><input name=\"password\"></form>")]
    [InlineData("<style>body{display:none}</style>")]
    public void Render_EmbeddingAndFormTags_AreRemoved(string markdown)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<object", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<embed", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<input", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_InlineStyleAttribute_IsRemoved()
    {
        var html = _renderer.Render("<p style=\"position:fixed;top:0\">Overlay</p>");

        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Overlay", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OrdinaryFormatting_IsKept()
    {
        const string markdown = """
            ## Before you apply

            Read **every** direction and *keep copies*.

            1. Start early
            2. Follow up after 30 days

            - ECFMG
            - FCVS

            See [the ECFMG site](https://www.ecfmg.org/) or write to <mailto:office@example.org>.

            | Year | Waivers |
            |------|---------|
            | 2026 | 30      |
            """;

        var html = _renderer.Render(markdown);

        Assert.Contains("<h2 id=\"before-you-apply\">Before you apply</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>every</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>keep copies</em>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<li>ECFMG</li>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.ecfmg.org/\">the ECFMG site</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:office@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>30</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Render_Blank_ReturnsEmpty(string markdown)
    {
        Assert.Equal(string.Empty, _renderer.Render(markdown));
    }

    [Fact]
    public void ToPlainText_Markdown_DropsMarkupButKeepsWords()
    {
        var text = _renderer.ToPlainText("## Title\n\nSome **bold** & [linked](https://example.org) text.");

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.Contains("bold & linked text", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p id=\"logout-form\">Click</p>", "id=")]
    [InlineData("<a name=\"top\" href=\"/residency\">Click</a>", "name=")]
    [InlineData("<a href=\"/residency\" target=\"_blank\">Click</a>", "target=")]
    [InlineData("<h2 id=\"staff-chosen\">Click</h2>", "staff-chosen")]
    public void Render_IdNameOrTargetTypedByStaff_IsRemoved(string markdown, string removed)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotContain(removed, html, StringComparison.Ordinal);
        Assert.Contains("Click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HeadingsThePortalNames_KeepTheirIds()
    {
        var html = _renderer.Render("## Before you apply\n\ntext\n\n## Before you apply\n\nmore");

        Assert.Contains("<h2 id=\"before-you-apply\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"before-you-apply-1\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[away](//evil.example/login)")]
    [InlineData("<a href=\"//evil.example/login\">away</a>")]
    [InlineData("<a href=\"/\\evil.example/login\">away</a>")]
    [InlineData("<img src=\"//evil.example/pixel.png\" alt=\"away\">")]
    public void Render_ProtocolRelativeOrBackslashedAddresses_AreRemoved(string markdown)
    {
        var html = _renderer.Render(markdown);

        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
    }
}
