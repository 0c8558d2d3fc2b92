using Ganss.Xss;
using Markdig;

namespace ImgPortal.Core.Content;

/// <summary>Turns staff-written Markdown into HTML that is safe to show visitors.</summary>
public interface IMarkdownRenderer
{
    /// <summary>Renders <paramref name="markdown"/> and sanitizes the result: no script, event handlers,
    /// <c>javascript:</c> links, frames or styles survive; ordinary formatting does.</summary>
    string Render(string markdown);

    /// <summary>The text of <paramref name="markdown"/> without markup, for snippets. Not HTML: encode it when shown.</summary>
    string ToPlainText(string markdown);
}
