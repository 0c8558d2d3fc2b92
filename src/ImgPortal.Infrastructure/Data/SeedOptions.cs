namespace ImgPortal.Infrastructure.Data;

/// <summary>The <c>Seed</c> section: the first administrator. Never put a password in appsettings.json.</summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }
}
