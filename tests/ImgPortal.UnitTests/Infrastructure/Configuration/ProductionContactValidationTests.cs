using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Configuration;
using ImgPortal.UnitTests.Docs;
using Microsoft.Extensions.Hosting;
using Moq;

namespace ImgPortal.UnitTests.Infrastructure.Configuration;

public sealed class ProductionContactValidationTests
{
    [Theory]
    [InlineData("contact@imgportal.local")]
    [InlineData("programs@example.org")]
    [InlineData("desk@mail.example.com")]
    [InlineData("someone@site.test")]
    [InlineData("no-at-sign")]
    [InlineData("")]
    public void Validate_ProductionWithAPlaceholderOrMissingAddress_FailsNamingTheSetting(string address)
    {
        var validation = new ProductionContactValidation(Environment(Environments.Production));

        var result = validation.Validate(null, new PortalOptions { ContactEmail = address });

        Assert.True(result.Failed);
        Assert.Contains("Portal:ContactEmail", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProductionWithARealAddress_Succeeds()
    {
        var validation = new ProductionContactValidation(Environment(Environments.Production));

        var result = validation.Validate(null, new PortalOptions { ContactEmail = "img@mssny.org" });

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Testing")]
    public void Validate_OutsideProductionWithThePlaceholder_KeepsTheWorkingDefault(string environment)
    {
        var validation = new ProductionContactValidation(Environment(environment));

        var result = validation.Validate(null, new PortalOptions());

        Assert.True(result.Succeeded);
        Assert.Equal(PortalOptions.PlaceholderContactEmail, new PortalOptions().ContactEmail);
    }

    [Theory]
    [InlineData("img@mssny.org", false)]
    [InlineData("img@examples.org", false)]
    [InlineData("contact@imgportal.local", true)]
    [InlineData("a@EXAMPLE.NET", true)]
    [InlineData("a@localhost", true)]
    [InlineData(null, true)]
    public void IsPlaceholderAddress_ReservedDomainsAndMissing_AreCaught(string? address, bool expected) =>
        Assert.Equal(expected, PortalOptions.IsPlaceholderAddress(address));

    [Fact]
    public void EnvExample_ContactAddress_IsAPlaceholderTheProductionStartRefuses()
    {
        // A .env copied from .env.example unchanged must not start with a made-up but deliverable address.
        var line = File.ReadLines(Path.Combine(DocsNamesTests.RepositoryRoot(), ".env.example"))
            .Single(l => l.StartsWith("PORTAL_CONTACT_EMAIL=", StringComparison.Ordinal));
        var validation = new ProductionContactValidation(Environment(Environments.Production));

        var result = validation.Validate(null, new PortalOptions { ContactEmail = line["PORTAL_CONTACT_EMAIL=".Length..] });

        Assert.True(result.Failed);
    }

    private static IHostEnvironment Environment(string name) =>
        Mock.Of<IHostEnvironment>(e => e.EnvironmentName == name);
}
