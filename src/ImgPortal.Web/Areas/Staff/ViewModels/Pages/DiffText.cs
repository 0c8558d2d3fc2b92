using System.Text;
using System.Text.Encodings.Web;
using ImgPortal.Core.Content.Editing;
using Microsoft.AspNetCore.Html;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Pages;

/// <summary>
/// The words of a comparison as HTML, each span written right against the next: the text is shown with
/// <c>white-space: pre-wrap</c>, so any space between the tags would show as a gap ("March ." instead of "March.").
/// </summary>
public static class DiffText
{
    /// <summary>The spans as one run of HTML: added words in <c>ins</c>, removed in <c>del</c>, long unchanged passages shortened.</summary>
    public static IHtmlContent Html(IReadOnlyList<DiffSpan> spans)
    {
        var html = new StringBuilder();
        foreach (var span in WordDiff.Collapse(spans))
        {
            var text = HtmlEncoder.Default.Encode(span.Text);
            html.Append(span.Kind switch
            {
                DiffKind.Added => $"<ins class=\"diff-added\"><span class=\"visually-hidden\">[added: </span>{text}<span class=\"visually-hidden\">]</span></ins>",
                DiffKind.Removed => $"<del class=\"diff-removed\"><span class=\"visually-hidden\">[removed: </span>{text}<span class=\"visually-hidden\">]</span></del>",
                DiffKind.Collapsed => $"<span class=\"diff-collapsed\">… {span.CollapsedWords} unchanged {(span.CollapsedWords == 1 ? "word" : "words")} …</span>",
                _ => text,
            });
        }

        return new HtmlString(html.ToString());
    }
}
