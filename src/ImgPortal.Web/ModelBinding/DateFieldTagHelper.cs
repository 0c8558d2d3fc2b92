using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ImgPortal.Web.ModelBinding;

/// <summary>
/// Notes that the page has a date field (<c>type="date"</c>, typed or set by <c>asp-for</c>), so the layout adds the
/// small script that shows each date with its month's name; pages without one load no extra script.
/// </summary>
[HtmlTargetElement("input")]
public sealed class DateFieldTagHelper : TagHelper
{
    private const string Key = "imgportal:date-fields";

    /// <summary>After the framework's input tag helper, which sets the type from the model.</summary>
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>Whether a date field was written so far on this request.</summary>
    public static bool OnPage(ViewContext context) => context.HttpContext.Items.ContainsKey(Key);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.TryGetAttribute("type", out var type)
            && string.Equals(type.Value?.ToString(), "date", StringComparison.OrdinalIgnoreCase))
        {
            ViewContext.HttpContext.Items[Key] = true;
        }
    }
}
