using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Web.Security;

/// <summary>
/// The key ring that protects cookies and e-mailed tokens: kept in the database (ADR 0033) and, when
/// <c>DataProtection:CertificatePath</c> names a PKCS#12 file, encrypted at rest with that certificate (ADR 0099).
/// A certificate that cannot be read stops the start with a message naming the setting.
/// </summary>
public static class DataProtectionKeys
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";

    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection()
            .SetApplicationName("ImgPortal")
            .PersistKeysToDbContext<AppDbContext>();
        if (LoadCertificate(configuration) is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate);
        }

        return services;
    }

    /// <summary>The certificate <c>DataProtection:CertificatePath</c> names, or null when it is not set.</summary>
    public static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new InvalidOperationException(
                $"{CertificatePathKey} names \"{path}\", which cannot be read as a PKCS#12 (.pfx) certificate with "
                + $"{CertificatePasswordKey}: {ex.Message}", ex);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new InvalidOperationException(
                $"{CertificatePathKey} names \"{path}\", a certificate without its private key: the portal needs the key to read its key ring.");
        }

        return certificate;
    }
}
