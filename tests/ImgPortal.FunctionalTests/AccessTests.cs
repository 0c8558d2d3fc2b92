using System.Net;
using System.Reflection;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.FunctionalTests;

/// <summary>
/// Every action declares who may use it, and every guidance page is public. Each route × role cell is checked
/// in <see cref="Access.RouteRoleTableTests"/> against <c>Access/access-table.txt</c>.
/// </summary>
public sealed class AccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> RoleNames => ["Anonymous", Roles.Member, Roles.Mentor, Roles.Staff, Roles.Admin];

    private static readonly string[] PublicPages =
        ["/", "/residency", "/visas", "/j1-waiver", "/echo", "/credentialing", "/mentoring", "/state-pathways", "/get-involved", "/contact", "/search?q=visa", "/mentoring/mentors", "/mentoring/volunteer"];

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

    private static bool Declares(MemberInfo member) =>
        member.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true).Any()
        || member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any();

    private Task<HttpClient> ClientFor(string role, bool followRedirects = true) =>
        role == "Anonymous"
            ? Task.FromResult(PortalClient.Anonymous(factory, followRedirects))
            : PortalClient.AsRoleAsync(factory, role, followRedirects);
}
