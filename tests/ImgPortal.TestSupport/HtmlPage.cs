using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ImgPortal.TestSupport;

/// <summary>A response parsed as a person's browser would see it, with helpers to read and post its forms.</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, IDocument document)
    {
        Response = response;
        Document = document;
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode Status => Response.StatusCode;

    public IDocument Document { get; }

    /// <summary>The text of the page's one <c>h1</c>.</summary>
    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The visible text of the main region, whitespace folded.</summary>
    public string MainText => Fold(Document.QuerySelector("main")?.TextContent ?? Document.Body?.TextContent ?? string.Empty);

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
        return new HtmlPage(response, document);
    }

    /// <summary>The form that contains <paramref name="selector"/> (or matches it).</summary>
    public IHtmlFormElement Form(string selector = "main form") =>
        Document.QuerySelector<IHtmlFormElement>(selector)
        ?? throw new InvalidOperationException($"No form matches '{selector}' on {Response.RequestMessage?.RequestUri}.");

    /// <summary>
    /// Submits a form as a browser would: every field it already holds (the anti-forgery token among them),
    /// with <paramref name="values"/> filled in over them.
    /// </summary>
    public async Task<HtmlPage> SubmitAsync(HttpClient client, IDictionary<string, string> values, string selector = "main form")
    {
        var form = Form(selector);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(element.Name) || values.ContainsKey(element.Name) || element.Type is "submit" or "button")
            {
                continue;
            }

            if (element.Type is "checkbox" or "radio" && !element.IsChecked)
            {
                continue;
            }

            fields.Add(new(element.Name, element.Value));
        }

        fields.AddRange(values);
        var action = string.IsNullOrEmpty(form.Action) ? Response.RequestMessage!.RequestUri!.ToString() : form.Action;
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        return await ParseAsync(response);
    }

    /// <summary>The anti-forgery token of the first form on the page.</summary>
    public string AntiforgeryToken =>
        Document.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new InvalidOperationException("The page has no anti-forgery token.");

    /// <summary>Validation messages shown next to fields and in the summary.</summary>
    public IReadOnlyList<string> ValidationMessages =>
        Document.QuerySelectorAll(".field-validation-error, .validation-summary-errors li, .text-danger li")
            .Select(e => Fold(e.TextContent))
            .Where(t => t.Length > 0)
            .Distinct()
            .ToList();

    public static string Fold(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
