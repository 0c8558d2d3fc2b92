using ImgPortal.Web.Extensions;
using Serilog;

// Only for failures before the host is built; the host gets its own logger from configuration.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();
    builder.Services.AddPortalServices(builder.Configuration, builder.Environment);

    var app = builder.Build();
    app.UsePortalPipeline();
    app.MapPortalEndpoints();

    await app.InitializeDatabaseAsync();
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The portal failed to start");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to WebApplicationFactory in the functional and browser tests.</summary>
public partial class Program;
