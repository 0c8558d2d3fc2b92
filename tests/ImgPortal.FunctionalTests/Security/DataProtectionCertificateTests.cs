using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using ImgPortal.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>
/// <c>DataProtection:CertificatePath</c>: the key ring kept in the database is encrypted with the certificate, and a
/// certificate that cannot be read stops the start naming the setting (ADR 0099).
/// </summary>
public sealed class DataProtectionCertificateTests : IDisposable
{
    private const string Password = "pfx passphrase for the tests";

    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task Start_WithACertificate_StoresTheKeyRingEncryptedAndStillSignsPeopleIn()
    {
        var path = Path.Combine(_factory.Root, "keys.pfx");
        await File.WriteAllBytesAsync(path, SelfSignedPfx());
        var factory = _factory.With(DataProtectionKeys.CertificatePathKey, path).With(DataProtectionKeys.CertificatePasswordKey, Password);

        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");

        Assert.Equal("Your roadmap", roadmap.Heading);
        using var scope = factory.Services.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("missing.pfx", false)]
    [InlineData("not-a-certificate.pfx", true)]
    public void Start_WithACertificateThatCannotBeRead_FailsNamingTheSetting(string file, bool write)
    {
        var path = Path.Combine(_factory.Root, file);
        if (write)
        {
            File.WriteAllText(path, "this is not a PKCS#12 file");
        }

        var factory = _factory.With(DataProtectionKeys.CertificatePathKey, path);

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static byte[] SelfSignedPfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ImgPortal test key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pfx, Password);
    }
}
