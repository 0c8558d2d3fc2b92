using ImgPortal.TestSupport;
using Microsoft.Extensions.Options;

namespace ImgPortal.FunctionalTests;

public sealed class StartupTests
{
    [Fact]
    public void Start_SmtpDeliveryWithoutAHost_FailsWithAClearMessageBeforeTouchingTheDatabase()
    {
        using var factory = new PortalFactory()
            .With("Email:Delivery", "Smtp")
            .With("Email:Smtp:Host", string.Empty);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Email:Smtp:Host is required", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.DatabaseFolder, "portal.db")));
    }

    [Fact]
    public void Start_SqlServerWithoutAConnectionString_FailsWithAClearMessage()
    {
        using var factory = new PortalFactory()
            .With("Database:Provider", "SqlServer")
            .With("ConnectionStrings:ImgPortal", string.Empty);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:ImgPortal is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PickupFolderThatCannotBeWritten_FailsNamingEmailPickupDirectory()
    {
        using var factory = new PortalFactory();
        Directory.CreateDirectory(factory.Root);
        var file = Path.Combine(factory.Root, "not-a-folder.txt");
        File.WriteAllText(file, "a file where the pickup folder should be");
        factory.With("Email:PickupDirectory", Path.Combine(file, "mail"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Email:PickupDirectory", error.Message, StringComparison.Ordinal);
    }
}
