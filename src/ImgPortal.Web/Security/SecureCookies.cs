namespace ImgPortal.Web.Security;

/// <summary><c>Security:SecureCookies</c>: on everywhere but Development unless configured (README, ADR 0066).</summary>
public static class SecureCookies
{
    public const string Key = "Security:SecureCookies";

    public static bool IsOn(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue(Key, !environment.IsDevelopment());
}
