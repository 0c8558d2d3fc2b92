using System.Net;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>A null character (U+0000) in a posted form or a query: the friendly 400 page naming it, never a 500.</summary>
public sealed class NullCharacterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Heading = "We could not complete that request";
    private const string Reason = "null character (U+0000)";

    [Fact]
    public async Task Post_NullCharacterInAFormValue_Answers400WithTheFriendlyPageNamingIt()
    {
        var client = PortalClient.Anonymous(factory);
        var login = await HtmlPage.GetAsync(client, "/Identity/Account/Login");

        var page = await login.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Email"] = "nul\0byte@test.example",
            ["Input.Password"] = PortalFactory.Password,
        }, "form#account");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(Heading, page.Heading);
        Assert.Contains(Reason, page.MainText, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Post_NullCharacterInAFormFieldName_Answers400WithTheFriendlyPage()
    {
        var client = PortalClient.Anonymous(factory);
        var login = await HtmlPage.GetAsync(client, "/Identity/Account/Login");

        var page = await login.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email\0"] = "member@test.example" }, "form#account");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(Reason, page.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=visa%00waiver")]
    [InlineData("/search?q%00=visa")]
    public async Task Get_NullCharacterInTheQuery_Answers400WithTheFriendlyPageNamingIt(string url)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(Heading, page.Heading);
        Assert.Contains(Reason, page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NullCharacterInAProfileField_SignedIn_Answers400AndSavesNothing()
    {
        var (client, userId, _) = await ProfileTestData.MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ProfileTestData.ValidForm("Grant\0Medical College");

        var page = await form.SubmitAsync(client, values, "form#profile-form");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(Reason, page.MainText, StringComparison.Ordinal);
        Assert.Null(await ProfileTestData.ProfileOfAsync(factory, userId));
    }
}
