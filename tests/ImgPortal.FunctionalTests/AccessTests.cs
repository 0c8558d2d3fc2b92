using System.Net;
using System.Reflection;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.FunctionalTests;

/// <summary>Who may use what: every action declares it, and each role is checked against it.</summary>
public sealed class AccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> RoleNames => ["Anonymous", Roles.Member, Roles.Mentor, Roles.Staff, Roles.Admin];

    private static readonly string[] PublicPages =
        ["/", "/residency", "/j1-waiver", "/echo", "/credentialing", "/mentoring", "/state-pathways", "/get-involved", "/contact", "/search?q=visa", "/mentoring/mentors", "/mentoring/volunteer"];

    [Fact]
    public void EveryControllerAction_DeclaresWhoMayUseIt()
    {
        var controllers = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);
        var undeclared =
            from controller in controllers
            from action in controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            where action.GetCustomAttribute<NonActionAttribute>() is null
            where !Declares(action) && !Declares(controller)
            select $"{controller.Name}.{action.Name}";

        Assert.Empty(undeclared);
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task PublicPages_AnyRole_CanReadThem(string role)
    {
        var client = await ClientFor(role);

        foreach (var url in PublicPages)
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{role} got {(int)response.StatusCode} for {url}");
        }
    }

    [Theory]
    [MemberData(nameof(RoleNames))]
    public async Task AccountPages_OnlySignedInPeople_CanOpenThem(string role)
    {
        var client = await ClientFor(role, followRedirects: false);

        var response = await client.GetAsync("/Identity/Account/Manage");

        if (role == "Anonymous")
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/identity/account/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    /// <summary>Every Staff-area page; each feature adds its own.</summary>
    public static TheoryData<string> StaffPages =>
    [
        "/staff",
        "/staff/members",
        "/staff/mentoring",
        "/staff/mentors",
        "/staff/requests",
        "/staff/pages",
        "/staff/pages/1",
        "/staff/pages/1/preview",
        "/staff/pages/1/history",
        "/staff/audit",
        "/staff/waiver-years",
        "/staff/waiver-years/0",
        "/staff/state-pathways",
        "/staff/state-pathways/0",
        "/staff/organisations",
        "/staff/organisations/0",
        "/staff/contacts",
        "/staff/contacts/0",
        "/staff/roadmap-steps",
        "/staff/roadmap-steps/0",
        "/staff/season-dates",
        "/staff/season-dates/0",
    ];

    /// <summary>Admin-only pages: users and roles.</summary>
    public static TheoryData<string> AdminPages => ["/staff/users"];

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task StaffPages_AnonymousVisitor_IsSentToLogIn(string url)
    {
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/identity/account/login", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task StaffPages_MembersAndMentors_AreRefused(string url)
    {
        foreach (var role in new[] { Roles.Member, Roles.Mentor })
        {
            var client = await PortalClient.AsRoleAsync(factory, role, followRedirects: false);

            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/identity/account/accessdenied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task StaffPages_StaffAndAdmins_CanOpenThem(string url)
    {
        foreach (var role in new[] { Roles.Staff, Roles.Admin })
        {
            var client = await PortalClient.AsRoleAsync(factory, role);

            var page = await HtmlPage.GetAsync(client, url);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector("nav[aria-label=Staff]"));
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPages_Staff_AreRefused(string url)
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Staff, followRedirects: false);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/identity/account/accessdenied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPages_AnonymousMembersAndMentors_AreRefused(string url)
    {
        var anonymous = await PortalClient.Anonymous(factory, followRedirects: false).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/identity/account/login", anonymous.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);

        foreach (var role in new[] { Roles.Member, Roles.Mentor })
        {
            var client = await PortalClient.AsRoleAsync(factory, role, followRedirects: false);

            var response = await client.GetAsync(url);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/identity/account/accessdenied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPages_Admins_CanOpenThem(string url)
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Admin);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("nav[aria-label=Staff]"));
    }

    private static bool Declares(MemberInfo member) =>
        member.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any()
        || member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any();

    private Task<HttpClient> ClientFor(string role, bool followRedirects = true) =>
        role == "Anonymous"
            ? Task.FromResult(PortalClient.Anonymous(factory, followRedirects))
            : PortalClient.AsRoleAsync(factory, role, followRedirects);
}
