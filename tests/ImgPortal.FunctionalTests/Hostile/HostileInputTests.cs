using System.Net;
using AngleSharp.Dom;
using ImgPortal.FunctionalTests.Access;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>
/// Every value of <see cref="HostileCorpus"/> into every text field of every form the portal shows (found by
/// <see cref="FormDiscovery"/>): never a 500, never markup of the payload's in a page, and each value either
/// stored as typed or refused with a message at its field.
/// </summary>
public sealed class HostileInputTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Fact]
    public async Task EveryTextField_HostileValues_AreStoredAsTypedOrRefusedWithAMessage()
    {
        var forms = await FormDiscovery.DiscoverAsync(world);
        var failures = new List<string>();

        foreach (var form in forms)
        {
            foreach (var field in form.TextFields.Concat(form.PasswordFields))
            {
                foreach (var (name, payload) in HostileCorpus.Values)
                {
                    if (await TryAsync(form, field, name, payload) is { } failure)
                    {
                        failures.Add($"{form} field {field}, {name}: {failure}");
                    }
                }
            }
        }

        Assert.True(forms.Count >= 10, $"Only {forms.Count} forms were found: {string.Join("; ", forms)}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryPostedForm_AnUnsupportedCharset_Gets415WithTheFriendlyPage()
    {
        var forms = (await FormDiscovery.DiscoverAsync(world)).Where(f => f.Method == "POST").ToList();
        var failures = new List<string>();

        foreach (var form in forms)
        {
            foreach (var charset in HostileCorpus.UnsupportedCharsets)
            {
                var client = world.ClientFor(form.Role);
                var element = FormDiscovery.FindAgain(await HtmlPage.GetAsync(client, form.PageUrl), form);
                if (element is null)
                {
                    continue;
                }

                var fields = FormFiller.Fill(element, form.TextFields.Concat(form.PasswordFields).FirstOrDefault() ?? string.Empty, "Valid text");
                var content = new StringContent(await new FormUrlEncodedContent(fields).ReadAsStringAsync());
                content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=" + charset);
                var page = await HtmlPage.ParseAsync(await client.PostAsync(form.Action, content));

                if (page.Status != HttpStatusCode.UnsupportedMediaType || page.Heading != "We could not complete that request")
                {
                    failures.Add($"{form} with charset={charset}: {(int)page.Status} \"{page.Heading}\"");
                }
            }
        }

        Assert.True(forms.Count >= 10, $"Only {forms.Count} posted forms were found.");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task EveryDateField_DatesAtTheEndsOfTheCalendar_NeverAnswer500()
    {
        var forms = (await FormDiscovery.DiscoverAsync(world)).Where(f => f.DateFields.Count > 0).ToList();
        var failures = new List<string>();

        foreach (var form in forms)
        {
            foreach (var field in form.DateFields)
            {
                foreach (var date in HostileCorpus.BoundaryDates)
                {
                    var client = world.ClientFor(form.Role);
                    var element = FormDiscovery.FindAgain(await HtmlPage.GetAsync(client, form.PageUrl), form);
                    if (element is null)
                    {
                        continue;
                    }

                    var fields = FormFiller.Fill(element, field, date);
                    var response = form.Method == "GET"
                        ? await client.GetAsync(form.Action + "?" + await new FormUrlEncodedContent(fields).ReadAsStringAsync())
                        : await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                    {
                        failures.Add($"{form} field {field} = {date}: answered {status}");
                    }
                    else if (status is 301 or 302 or 303 && response.Headers.Location is { } location
                        && (int)(await client.GetAsync(location)).StatusCode >= 500)
                    {
                        failures.Add($"{form} field {field} = {date}: sent to {location}, which answered 500");
                    }
                }
            }
        }

        Assert.True(forms.Count >= 3, $"Only {forms.Count} forms with a date field were found: {string.Join("; ", forms)}");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
    }

    /// <summary>What went wrong with one post, or null.</summary>
    private async Task<string?> TryAsync(DiscoveredForm form, string field, string name, string payload)
    {
        var client = world.ClientFor(form.Role);
        var page = await HtmlPage.GetAsync(client, form.PageUrl);
        var element = FormDiscovery.FindAgain(page, form);
        if (element is null)
        {
            // A form that does its work once (accept, approve) is gone after an earlier value was stored.
            return null;
        }

        var fields = FormFiller.Fill(element, field, payload);
        HttpResponseMessage response;
        if (form.Method == "GET")
        {
            var query = await new FormUrlEncodedContent(fields).ReadAsStringAsync();
            response = await client.GetAsync(form.Action + "?" + query);
        }
        else
        {
            response = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
        }

        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"answered {status}";
        }

        if (status == (int)HttpStatusCode.TooManyRequests)
        {
            return null;
        }

        var answer = await HtmlPage.ParseAsync(response);
        if (HostileCorpus.RefusedWhole.TryGetValue(name, out var reason))
        {
            return answer.Status == HttpStatusCode.BadRequest && answer.Heading == "We could not complete that request"
                && answer.MainText.Contains(reason, StringComparison.Ordinal)
                    ? null
                    : $"expected the friendly 400 page naming the {reason}, got {status} \"{answer.Heading}\"";
        }

        var landing = answer;
        if (status is 301 or 302 or 303 && response.Headers.Location is { } location)
        {
            landing = await HtmlPage.GetAsync(client, location.ToString());
            if ((int)landing.Status >= 500)
            {
                return $"redirected to {location}, which answered {(int)landing.Status}";
            }
        }

        if (Injected(landing.Document) is { } injected)
        {
            return $"the page shows the payload as markup: {injected}";
        }

        if (form.Method == "GET" || form.PasswordFields.Contains(field))
        {
            // A search is not stored; a password is never stored as typed. Neither may fail or inject.
            return null;
        }

        if (HasMessageAt(answer, field))
        {
            return null;
        }

        var again = await HtmlPage.GetAsync(client, form.PageUrl);
        if (Injected(again.Document) is { } shown)
        {
            return $"the form page shows the stored payload as markup: {shown}";
        }

        if (ShowsInAField(again, field, payload) || await StoredAsync(field, payload))
        {
            return null;
        }

        var others = answer.ValidationMessages;
        return others.Count > 0
            ? $"refused, but with no message at the field: {string.Join(" | ", others.Select(m => m.Length > 120 ? m[..120] : m))}"
            : $"neither stored as typed nor refused with a message (status {status})";
    }

    private async Task<bool> StoredAsync(string field, string payload)
    {
        var entries = HostileCorpus.ListFields.TryGetValue(field, out var separators)
            ? payload.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [payload];
        foreach (var entry in entries)
        {
            if (!await StoredValues.ContainsAsync(world.Factory, entry))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The form page shows the value in the same field again (a draft kept whole, not yet in its own column).</summary>
    private static bool ShowsInAField(HtmlPage page, string field, string payload) =>
        page.Document.QuerySelectorAll($"[name='{field}']").Any(e => e switch
        {
            AngleSharp.Html.Dom.IHtmlInputElement input => input.Value.Trim() == payload.Trim(),
            AngleSharp.Html.Dom.IHtmlTextAreaElement area => area.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim() == payload.Trim(),
            _ => false,
        });

    private static bool HasMessageAt(HtmlPage page, string field) =>
        page.Document.QuerySelectorAll("[data-valmsg-for]")
            .Any(e => e.GetAttribute("data-valmsg-for") == field && HtmlPage.Fold(e.TextContent).Length > 0);

    /// <summary>An element or attribute that only a payload could have put in the page.</summary>
    private static string? Injected(IDocument document)
    {
        var element = document.All.FirstOrDefault(e =>
            e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            || (e.LocalName == "script" && !e.HasAttribute("src"))
            || (e.LocalName == "img" && e.GetAttribute("src") == "x")
            || (e.LocalName == "svg" && e.TextContent.Length == 0 && e.ParentElement?.LocalName == "form")
            || (e.LocalName == "a" && (e.GetAttribute("href") ?? string.Empty).Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            || (e.LocalName == "a" && (e.GetAttribute("href") ?? string.Empty).Trim().StartsWith("data:", StringComparison.OrdinalIgnoreCase)));
        return element?.OuterHtml is { } html ? (html.Length > 200 ? html[..200] : html) : null;
    }
}
