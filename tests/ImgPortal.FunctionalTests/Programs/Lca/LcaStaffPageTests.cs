using System.Net;
using System.Net.Http.Headers;
using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Lca;
using ImgPortal.TestSupport;
using ImgPortal.TestSupport.Lca;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Programs.Lca;

/// <summary>
/// The portal with the LCA job off (the tests run each import themselves), a small LCA upload limit and an even
/// smaller general request limit, which the LCA upload is not held to.
/// </summary>
public sealed class LcaPortalFactory : PortalFactory
{
    public const int MaxUploadBytes = 64 * 1024;

    public const int MaxRequestBodyBytes = 8 * 1024;

    public LcaPortalFactory()
    {
        With("Lca:ImportJobEnabled", "false");
        With("RequestLimits:MaxRequestBodyBytes", MaxRequestBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        With("Lca:MaxUploadBytes", MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>/staff/lca: upload, progress, refusal, the size limit and the employer matches, through the real pipeline.</summary>
public sealed class LcaStaffPageTests(LcaPortalFactory factory) : IClassFixture<LcaPortalFactory>
{
    [Fact]
    public async Task Upload_GoodFileAboveTheGeneralRequestLimit_IsQueuedThenShowsItsProgressUntilImported()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var others = Enumerable.Range(0, 400).Select(i => new LcaFixtureRow($"I-200-24289-9{i:00000}", WorksiteState: "CA")).ToArray();
        var file = await new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-100001"), new LcaFixtureRow("I-200-24289-100002")).Add(others).ToBytesAsync();
        Assert.True(file.Length > LcaPortalFactory.MaxRequestBodyBytes, "The file must be above the portal's general request limit.");

        var queued = await UploadAsync(staff, file, "LCA_Disclosure_Data_FY2025_Q1.xlsx");
        await RunImportAsync();
        var done = await HtmlPage.GetAsync(staff, queued.Response.RequestMessage!.RequestUri!.AbsolutePath);

        Assert.Equal(HttpStatusCode.OK, queued.Status);
        Assert.Equal("Import of LCA_Disclosure_Data_FY2025_Q1.xlsx", queued.Heading);
        Assert.Contains("Waiting to start", queued.Document.QuerySelector("#lca-import-status")!.TextContent, StringComparison.Ordinal);
        Assert.True(queued.Response.Headers.Contains("Refresh"));
        Assert.Contains("Imported", done.Document.QuerySelector("#lca-import-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", done.Document.QuerySelector("#lca-rows-kept")!.TextContent.Trim());
        Assert.False(done.Response.Headers.Contains("Refresh"));
    }

    [Fact]
    public async Task Upload_FileWithoutAColumn_ShowsTheRefusalNamingIt()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var file = await new LcaWorkbook().Without("SOC_CODE").Add(new LcaFixtureRow("I-200-24289-200001")).ToBytesAsync();

        var queued = await UploadAsync(staff, file, "broken.xlsx");
        await RunImportAsync();
        var refused = await HtmlPage.GetAsync(staff, queued.Response.RequestMessage!.RequestUri!.AbsolutePath);

        Assert.Contains("Refused", refused.Document.QuerySelector("#lca-import-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            "The file has no SOC_CODE column. Nothing was imported.",
            refused.Document.QuerySelector("#lca-import-message")!.TextContent.Trim());
    }

    [Fact]
    public async Task Upload_OverTheConfiguredLimit_Is413AndQueuesNothing()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var before = await CountImportsAsync();

        var response = await PostFileAsync(staff, new byte[LcaPortalFactory.MaxUploadBytes + 1], "big.xlsx");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await CountImportsAsync());
    }

    [Fact]
    public async Task Upload_NotAnXlsxName_ShowsTheFormAgainWithWhy()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.ParseAsync(await PostFileAsync(staff, "a,b\n"u8.ToArray(), "data.csv"));

        Assert.Contains("The file must be an Excel workbook (.xlsx), as DOL publishes it.", page.ValidationMessages);
    }

    [Fact]
    public async Task Matches_SuggestedEmployerConfirmed_ShowsAsDecided()
    {
        await AddProgramAsync("Flushing Hospital Medical Center");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var file = await new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-300001", EmployerName: "FLUSHING HOSPITAL MEDICAL CENTER, INC.")).ToBytesAsync();
        await UploadAsync(staff, file, "fy2025.xlsx");
        await RunImportAsync();

        var index = await HtmlPage.GetAsync(staff, "/staff/lca");
        var selector = "form[action='/staff/lca/matches/confirm']:has(input[value='Flushing Hospital Medical Center'])";
        var after = await index.SubmitAsync(staff, new Dictionary<string, string>(), selector);

        Assert.Contains("is Flushing Hospital Medical Center", after.Document.QuerySelector("#lca-decisions")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.Document.QuerySelector(selector));
    }

    [Fact]
    public async Task StaffHome_LinksToTheLcaPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var home = await HtmlPage.GetAsync(staff, "/staff");

        Assert.Contains(home.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/staff/lca");
    }

    private static async Task<HtmlPage> UploadAsync(HttpClient client, byte[] file, string name) =>
        await HtmlPage.ParseAsync(await PostFileAsync(client, file, name));

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, byte[] file, string name)
    {
        var form = await HtmlPage.GetAsync(client, "/staff/lca");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", name);
        return await client.PostAsync("/staff/lca", content);
    }

    private async Task RunImportAsync()
    {
        using var scope = factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ILcaImporter>().RunNextAsync());
    }

    private async Task<int> CountImportsAsync()
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ILcaImports>().HistoryAsync(1000)).Count;
    }

    private async Task AddProgramAsync(string institution)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        db.Programs.Add(new ResidencyProgram
        {
            Key = "lca-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Internal Medicine Residency",
            Specialty = "Internal medicine",
            SponsoringInstitution = institution,
            Area = "Queens",
            City = "Flushing",
            Website = "https://example.org/",
        });
        await db.SaveChangesAsync();
    }
}
