using System.Net;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Access;

/// <summary>
/// The route × role table (<c>access-table.txt</c>) against the running portal: every endpoint has a line,
/// every GET cell is what the role really gets, and every refused POST is refused with a valid token.
/// </summary>
public sealed class RouteRoleTableTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    public static TheoryData<string> Lines()
    {
        var data = new TheoryData<string>();
        foreach (var rule in AccessTable.Rules)
        {
            data.Add(rule.Endpoint.ToString());
        }

        return data;
    }

    [Fact]
    public void EveryEndpoint_OfTheRunningPortal_HasALineInTheTable()
    {
        var listed = AccessTable.Rules.Select(r => r.Endpoint).ToHashSet();

        var missing = PortalEndpoints.Discover(world.Factory).Where(e => !listed.Contains(e)).ToList();

        Assert.True(missing.Count == 0, $"Add a line to {AccessTable.FileName} for each of these endpoints:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void EveryLineOfTheTable_IsAnEndpointOfTheRunningPortal()
    {
        var endpoints = PortalEndpoints.Discover(world.Factory).ToHashSet();

        var stale = AccessTable.Rules.Where(r => !endpoints.Contains(r.Endpoint)).ToList();

        Assert.True(stale.Count == 0, $"These lines of {AccessTable.FileName} name no endpoint any more:\n" + string.Join('\n', stale));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Endpoint_EachRole_GetsWhatTheTableSays(string endpoint)
    {
        var rule = AccessTable.Find(endpoint);
        var failures = new List<string>();

        foreach (var role in AccessTable.Roles)
        {
            var expected = rule.Outcomes[role];
            HttpResponseMessage response;
            if (rule.Endpoint.Method is "GET" or PortalEndpoints.PageMethod)
            {
                response = await world.ClientFor(role).GetAsync(world.Resolve(rule.SampleUrl));
            }
            else if (AccessTable.Refusals.Contains(expected))
            {
                response = await PostWithTokenAsync(role, rule);
            }
            else
            {
                continue;
            }

            if (Describe(response) is var actual && actual != expected)
            {
                failures.Add($"{role}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
            }

            // A page whose cell names what a POST gets (get/post) is posted to with a valid token.
            if (rule.PostOutcomes.TryGetValue(role, out var expectedPost)
                && Describe(await PostWithTokenAsync(role, rule)) is var postedOutcome && postedOutcome != expectedPost)
            {
                failures.Add($"{role} posting: expected {expectedPost}, got {postedOutcome}");
            }

            // A page that refuses a GET must refuse a POST the same way.
            if (rule.Endpoint.Method == PortalEndpoints.PageMethod && expected is "login" or "denied"
                && Describe(await PostWithTokenAsync(role, rule)) is var posted && posted != expected)
            {
                failures.Add($"{role} posting: expected {expected}, got {posted}");
            }
        }

        Assert.True(failures.Count == 0, $"{rule} at {world.Resolve(rule.SampleUrl)}:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task StaffAreaPages_StaffAndAdmins_SeeTheStaffNavigation()
    {
        var staffPages = AccessTable.Rules.Where(r => r.Endpoint.Method == "GET" && r.Endpoint.Route.StartsWith("/staff", StringComparison.Ordinal));
        var missing = new List<string>();

        foreach (var rule in staffPages)
        {
            foreach (var role in new[] { "staff", "admin" }.Where(role => rule.Outcomes[role] == "ok"))
            {
                var page = await HtmlPage.GetAsync(world.ClientFor(role), world.Resolve(rule.SampleUrl));
                if (page.Document.QuerySelector("nav[aria-label=Staff]") is null && page.Response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    missing.Add($"{role} at {rule.SampleUrl}");
                }
            }
        }

        Assert.True(missing.Count == 0, "No staff navigation:\n" + string.Join('\n', missing));
    }

    /// <summary>The table's word for a response.</summary>
    public static string Describe(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? string.Empty;
        return (int)response.StatusCode switch
        {
            200 => "ok",
            403 => "denied",
            404 => "404",
            400 => "400",
            301 or 302 or 303 or 307 or 308 when location.Contains("/identity/account/login", StringComparison.OrdinalIgnoreCase) => "login",
            301 or 302 or 303 or 307 or 308 when location.Contains("/identity/account/accessdenied", StringComparison.OrdinalIgnoreCase) => "denied",
            301 or 302 or 303 or 307 or 308 => "redirect",
            var code => code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private async Task<HttpResponseMessage> PostWithTokenAsync(string role, AccessRule rule)
    {
        var token = await world.TokenForAsync(role);
        var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await world.ClientFor(role).PostAsync(world.Resolve(rule.SampleUrl), form);
    }
}
