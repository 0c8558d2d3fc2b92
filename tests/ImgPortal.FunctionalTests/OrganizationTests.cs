using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ImgPortal.FunctionalTests;

/// <summary>
/// Whose portal it is: <c>Portal:Organization</c> names the society in the header, the footer, the privacy page and
/// every e-mail's sender and signature, and a missing name stops the start with the setting named.
/// </summary>
public sealed class OrganizationTests
{
    [Fact]
    public async Task PublicPages_DefaultSettings_NameTheNewYorkSocietyInHeaderFooterAndPrivacy()
    {
        using var factory = new PortalFactory();
        var client = PortalClient.Anonymous(factory);

        var home = await HtmlPage.GetAsync(client, "/");
        var privacy = await HtmlPage.GetAsync(client, "/privacy");

        var brand = home.Document.QuerySelector("header .navbar-brand")!;
        Assert.Equal("ImgPortal from MSSNY", HtmlPage.Fold(brand.TextContent));
        Assert.Equal("Medical Society of the State of New York", brand.QuerySelector("abbr")!.GetAttribute("title"));
        var footer = HtmlPage.Fold(home.Document.QuerySelector("footer")!.TextContent);
        Assert.Contains("run by the Medical Society of the State of New York (MSSNY), 865 Merrick Avenue, Westbury, New York 11590", footer, StringComparison.Ordinal);
        Assert.Contains("Who is responsible for your data", privacy.MainText, StringComparison.Ordinal);
        Assert.Contains("The Medical Society of the State of New York (MSSNY), 865 Merrick Avenue", privacy.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPlace_AnotherSocietyConfigured_ShowsThatSocietyAndItsContactPage()
    {
        using var factory = Configured(new PortalFactory());
        var client = PortalClient.Anonymous(factory);

        var home = await HtmlPage.GetAsync(client, "/");
        var privacy = await HtmlPage.GetAsync(client, "/privacy");

        Assert.Equal("ImgPortal from EMS", HtmlPage.Fold(home.Document.QuerySelector("header .navbar-brand")!.TextContent));
        Assert.Equal("/img/ems.svg", home.Document.QuerySelector("header .navbar-brand img")!.GetAttribute("src"));
        var footer = home.Document.QuerySelector("footer")!;
        Assert.Contains("Example Medical Society (EMS), 1 Main Street, Springfield, phone +1 555 0100.", HtmlPage.Fold(footer.TextContent), StringComparison.Ordinal);
        Assert.Equal("https://ems.example/", footer.QuerySelector("a[href^='https://']")!.GetAttribute("href"));
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.TextContent == "Contact us" && a.GetAttribute("href") == "/about-us");
        Assert.Contains("The Example Medical Society (EMS), 1 Main Street, Springfield, runs ImgPortal", privacy.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("New York", HtmlPage.Fold(footer.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_AnotherSocietyConfigured_IsSentInItsNameAndSignedWithItsAddressAndContactPage()
    {
        using var factory = Configured(new PortalFactory());
        var email = $"org-{Guid.NewGuid():N}@test.example";
        using var scope = factory.Services.CreateScope();
        var links = scope.ServiceProvider.GetRequiredService<IPortalLinks>();
        scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(new EmailContent(
            email, "Your roadmap", ["A line."], new EmailAction("See your roadmap", links.Absolute("/roadmap")), "you asked for it."));

        await scope.ServiceProvider.GetRequiredService<IAppDbContext>().SaveChangesAsync();

        var message = Assert.Single(factory.Mailbox.MessagesTo(email));
        Assert.Equal("ImgPortal (EMS)", Assert.Single(message.From.Mailboxes).Name);
        Assert.Contains("ImgPortal, from the Example Medical Society (EMS), 1 Main Street, Springfield.", HtmlPage.Fold(message.TextBody ?? string.Empty), StringComparison.Ordinal);
        Assert.Contains("http://localhost/about-us", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_SenderNameConfigured_KeepsTheConfiguredName()
    {
        using var factory = new PortalFactory().With("Email:FromName", "New York IMG desk");

        var options = factory.Services.GetRequiredService<IOptions<ImgPortal.Infrastructure.Email.EmailOptions>>().Value;

        Assert.Equal("New York IMG desk", options.FromName);
    }

    [Theory]
    [InlineData("Portal:Organization:Name", "", "Portal:Organization:Name is required")]
    [InlineData("Portal:Organization:ShortName", " ", "Portal:Organization:ShortName is required")]
    [InlineData("Portal:Organization:Address", "", "Portal:Organization:Address is required")]
    [InlineData("Portal:Organization:Website", "mssny.org", "Portal:Organization:Website must be an absolute http or https address")]
    [InlineData("Portal:Organization:LogoPath", "https://elsewhere.example/logo.png", "Portal:Organization:LogoPath must be a path")]
    [InlineData("Portal:Organization:ContactPath", "//evil.example", "Portal:Organization:ContactPath must be a path")]
    public void Start_OrganizationSettingMissingOrMalformed_FailsNamingTheSetting(string key, string value, string message)
    {
        using var factory = new PortalFactory().With(key, value);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("programs@imgportal.local")]
    [InlineData("contact@example.org")]
    public void Start_InProductionWithoutARealContactAddress_FailsNamingTheSetting(string? address)
    {
        using var factory = new PortalFactory();
        if (address is not null)
        {
            factory.With("Portal:ContactEmail", address);
        }

        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Assert.Throws<OptionsValidationException>(() => production.CreateClient());

        Assert.Contains("Portal:ContactEmail must be the organization's real contact address in production", error.Message, StringComparison.Ordinal);
    }

    private static PortalFactory Configured(PortalFactory factory) => factory
        .With("Portal:Organization:Name", "Example Medical Society")
        .With("Portal:Organization:ShortName", "EMS")
        .With("Portal:Organization:Address", "1 Main Street, Springfield")
        .With("Portal:Organization:Phone", "+1 555 0100")
        .With("Portal:Organization:Website", "https://ems.example/")
        .With("Portal:Organization:LogoPath", "/img/ems.svg")
        .With("Portal:Organization:ContactPath", "/about-us");
}
