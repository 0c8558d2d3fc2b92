using System.Text.Json;

namespace ImgPortal.UnitTests.Web;

/// <summary>
/// The portal's <c>runtimeconfig.json</c> (written from <c>ImgPortal.Web.csproj</c>, copied next to the tests) keeps
/// the collector settings that bound its memory: workstation GC (ADR 0058) and the 16 MB gen-0 budget (ADR 0121).
/// </summary>
public sealed class GarbageCollectorSettingsTests
{
    [Fact]
    public void RuntimeConfig_Gen0MaxBudget_Is16Megabytes()
    {
        Assert.Equal(16 * 1024 * 1024, PortalRuntimeSetting("System.GC.Gen0MaxBudget").GetInt64());
    }

    [Fact]
    public void RuntimeConfig_ServerGarbageCollection_IsOff()
    {
        Assert.False(PortalRuntimeSetting("System.GC.Server").GetBoolean());
    }

    private static JsonElement PortalRuntimeSetting(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "ImgPortal.Web.runtimeconfig.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(name).Clone();
    }
}
