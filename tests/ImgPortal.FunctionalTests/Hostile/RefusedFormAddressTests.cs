using System.Net;
using ImgPortal.FunctionalTests.Access;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>
/// A refused form is shown again at the address it was posted to, so that address is what the address bar shows.
/// Reloading it, bookmarking it or sharing it must open a page, never "method not allowed": every form that is
/// shown again after a refusal posts to an address that also answers a GET (the same page, or a redirect to it).
/// </summary>
public sealed class RefusedFormAddressTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Fact]
    public async Task EveryPostedForm_RefusedAndShownAgain_LeavesAnAddressThatOpensWithAGet()
    {
        var forms = (await FormDiscovery.DiscoverAsync(world)).Where(f => f.Method == "POST").ToList();
        var failures = new List<string>();
        var refusedAndShownAgain = 0;

        foreach (var form in forms)
        {
            var client = world.ClientFor(form.Role);
            var page = await HtmlPage.GetAsync(client, form.PageUrl);
            if (FormDiscovery.FindAgain(page, form) is not { } element)
            {
                continue;
            }

            // A value too long for any text field, or a date that does not exist, is refused by every form.
            var (field, payload) = form.TextFields.Concat(form.PasswordFields).FirstOrDefault() is { } text
                ? (text, HostileCorpus.Values["very long"])
                : (form.DateFields[0], "2026-02-31");
            var posted = await client.PostAsync(form.Action, new FormUrlEncodedContent(FormFiller.Fill(element, field, payload)));
            var status = (int)posted.StatusCode;
            if (status is >= 300 and < 400 || status == (int)HttpStatusCode.TooManyRequests
                || posted.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            refusedAndShownAgain++;
            var address = new Uri(new Uri("http://localhost"), form.Action).PathAndQuery;
            var reopened = await client.GetAsync(address);
            var reopenedStatus = (int)reopened.StatusCode;
            if (reopenedStatus is 404 or 405 or >= 500)
            {
                failures.Add($"{form}: refused with {status}, then a GET of {address} answered {reopenedStatus}");
            }
        }

        Assert.True(refusedAndShownAgain >= 10, $"Only {refusedAndShownAgain} forms were refused and shown again.");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures));
    }
}
