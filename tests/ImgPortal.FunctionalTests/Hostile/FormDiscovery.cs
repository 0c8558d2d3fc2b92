using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.FunctionalTests.Access;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>
/// Finds every form of the portal: each page of the access table is opened as the least-privileged role that
/// may open it, and each of its forms with a text field is kept once (the layout's forms appear on every page).
/// </summary>
public static class FormDiscovery
{
    /// <summary>Roles in the order a page is tried: the least privileged that may open it.</summary>
    private static readonly string[] RoleOrder = ["member", "mentor", "staff", "admin", "anonymous"];

    private static readonly System.Text.RegularExpressions.Regex RepeatedRow = new(@"\[\d+\]", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    public static async Task<IReadOnlyList<DiscoveredForm>> DiscoverAsync(AccessWorld world)
    {
        var forms = new Dictionary<string, DiscoveredForm>(StringComparer.Ordinal);
        var pages = AccessTable.Rules.Where(r => r.Endpoint.Method is "GET" or PortalEndpoints.PageMethod);
        foreach (var rule in pages)
        {
            var role = RoleOrder.FirstOrDefault(r => rule.Outcomes[r] == "ok");
            if (role is null)
            {
                continue;
            }

            var url = world.Resolve(rule.SampleUrl);
            var page = await HtmlPage.GetAsync(world.ClientFor(role), url);
            if (page.Response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            foreach (var form in page.Document.QuerySelectorAll<IHtmlFormElement>("form"))
            {
                var found = Describe(role, url, form);
                if (found.TextFields.Count + found.PasswordFields.Count + found.DateFields.Count > 0)
                {
                    forms.TryAdd(Key(found.Method, found.Action, found.TextFields.Concat(found.PasswordFields).Concat(found.DateFields)), found);
                }
            }
        }

        return [.. forms.Values];
    }

    /// <summary>The same form on a freshly loaded page, or null when the page no longer shows it.</summary>
    public static IHtmlFormElement? FindAgain(HtmlPage page, DiscoveredForm wanted) =>
        page.Document.QuerySelectorAll<IHtmlFormElement>("form")
            .FirstOrDefault(f => Describe(wanted.Role, wanted.PageUrl, f) is var d
                && Key(d.Method, d.Action, d.TextFields.Concat(d.PasswordFields).Concat(d.DateFields))
                    == Key(wanted.Method, wanted.Action, wanted.TextFields.Concat(wanted.PasswordFields).Concat(wanted.DateFields)));

    public static bool IsText(IHtmlElement element) => element switch
    {
        IHtmlTextAreaElement area => !area.IsReadOnly && !area.IsDisabled,
        IHtmlInputElement input => (input.GetAttribute("type") ?? "text").ToLowerInvariant() is "text" or "search" or "email" or "url" or "tel"
            && !input.IsReadOnly && !input.IsDisabled,
        _ => false,
    };

    private static DiscoveredForm Describe(string role, string url, IHtmlFormElement form)
    {
        var method = string.IsNullOrEmpty(form.Method) ? "get" : form.Method.ToLowerInvariant();
        var action = new Uri(string.IsNullOrEmpty(form.Action) ? "http://localhost" + url : form.Action).AbsolutePath;
        var elements = form.Elements.OfType<IHtmlElement>().Where(e => !string.IsNullOrEmpty(e.GetAttribute("name"))).ToList();
        // Of a repeated row (Sections[0].Heading, Sections[1].Heading, …) only the first is tried: one binder serves them all.
        var text = elements.Where(IsText).Select(e => e.GetAttribute("name")!).Distinct()
            .Where(n => !RepeatedRow.IsMatch(n) || RepeatedRow.Replace(n, "[0]") == n).ToList();
        var passwords = elements.OfType<IHtmlInputElement>().Where(i => i.Type == "password").Select(i => i.Name!).Distinct().ToList();
        var dates = elements.OfType<IHtmlInputElement>().Where(i => i.Type is "date" or "datetime-local" && !i.IsReadOnly && !i.IsDisabled)
            .Select(i => i.Name!).Distinct().ToList();
        return new DiscoveredForm(role, url, method.ToUpperInvariant(), action, text, passwords, dates);
    }

    private static string Key(string method, string action, IEnumerable<string> fields) =>
        $"{method} {action} {string.Join(',', fields.Order(StringComparer.Ordinal))}";
}
