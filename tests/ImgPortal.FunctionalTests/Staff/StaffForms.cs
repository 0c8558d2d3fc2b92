using AngleSharp.Html.Dom;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>Helpers for the staff area's forms: every field a browser would send (inputs, text areas, selects).</summary>
public static class StaffForms
{
    /// <summary>The values <paramref name="selector"/>'s form would post, with <paramref name="changes"/> applied.</summary>
    public static Dictionary<string, string> Values(HtmlPage page, string selector, IDictionary<string, string>? changes = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in page.Form(selector).Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button"):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            values[input.Name] = input.Value;
                        }
                    }
                    else
                    {
                        values.TryAdd(input.Name, input.Value);
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values[select.Name] = select.Value ?? string.Empty;
                    break;
            }
        }

        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return values;
    }

    /// <summary>Submits the form as a browser would, with every field.</summary>
    public static Task<HtmlPage> SubmitAllAsync(this HtmlPage page, HttpClient client, string selector, IDictionary<string, string>? changes = null) =>
        page.SubmitAsync(client, Values(page, selector, changes), selector);

    /// <summary>The staff editor's id of the page published at <paramref name="slug"/>.</summary>
    public static async Task<int> PageIdAsync(HttpClient staff, string slug)
    {
        var list = await HtmlPage.GetAsync(staff, "/staff/pages");
        var row = list.Document.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector($"a[href='/{slug}']") is not null);
        var edit = row.QuerySelector("a[href^='/staff/pages/']")!.GetAttribute("href")!;
        return int.Parse(edit["/staff/pages/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
