using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Lca;
using ImgPortal.TestSupport.Lca;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ImgPortal.IntegrationTests.Programs.Lca;

/// <summary>The LCA import on real SQLite, from small .xlsx files built in DOL's column layout.</summary>
public sealed class LcaImporterTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync() =>
        _db = await TestDatabase.CreateAsync(configure: services => services.AddScoped(_ => Mock.Of<ICurrentUser>(u => u.UserId == "staff-1")));

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Import_GoodFile_KeepsCertifiedH1BResidentsInNewYorkPerYearAndEmployer()
    {
        var workbook = new LcaWorkbook().Add(
            new LcaFixtureRow("I-200-24289-000001"),
            new LcaFixtureRow("I-200-24289-000002", EmployerName: "MOUNT SINAI HOSPITAL, THE", JobTitle: "Clinical Fellow"),
            new LcaFixtureRow("I-200-24289-000003", EmployerName: "Mount Sinai Hospital", DecisionDate: new DateTime(2024, 9, 30)),
            new LcaFixtureRow("I-200-24289-000004", EmployerName: "NYU Langone Hospitals", SocCode: "29-1216.00", JobTitle: "Internal Medicine Resident"),
            new LcaFixtureRow("I-200-24289-000005", CaseStatus: "Certified - Withdrawn"),
            new LcaFixtureRow("I-200-24289-000006", CaseStatus: "Denied"),
            new LcaFixtureRow("I-203-24289-000007", VisaClass: "E-3 Australian"),
            new LcaFixtureRow("I-201-24289-000008", VisaClass: "H-1B1 Chile"),
            new LcaFixtureRow("I-200-24289-000009", WorksiteState: "NJ"),
            new LcaFixtureRow("I-200-24289-000010", JobTitle: "Attending Physician"),
            new LcaFixtureRow("I-200-24289-000011", SocCode: "15-1252.00", JobTitle: "Software Developer, Resident"));

        var import = await ImportAsync(workbook);

        Assert.Equal(LcaImportStatus.Done, import.Status);
        Assert.Equal(11, import.RowsRead);
        Assert.Equal(4, import.RowsKept);
        Assert.Equal("2024, 2025", import.FiscalYears);
        var filings = await FilingsAsync();
        Assert.Equal(Counts((2024, "MOUNT SINAI HOSPITAL", 1), (2025, "MOUNT SINAI HOSPITAL", 2), (2025, "NYU LANGONE HOSPITALS", 1)), filings);
    }

    [Fact]
    public async Task Import_MissingColumn_IsRefusedNamingTheColumnAndImportsNothing()
    {
        await ImportAsync(new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-000001")));
        var before = await FilingsAsync();

        var import = await ImportAsync(new LcaWorkbook().Without("WORKSITE_STATE").Add(new LcaFixtureRow("I-200-24289-000099")));

        Assert.Equal(LcaImportStatus.Refused, import.Status);
        Assert.StartsWith("The file has no WORKSITE_STATE column.", import.Message);
        Assert.Equal(before, await FilingsAsync());
    }

    [Fact]
    public async Task Import_DecisionDateNotADate_IsRefusedNamingTheRowAndImportsNothing()
    {
        var workbook = new LcaWorkbook().Add(
            new LcaFixtureRow("I-200-24289-000001", EmployerName: "Montefiore Medical Center"),
            new LcaFixtureRow("I-200-24289-000002", DecisionDate: "soon"));

        var import = await ImportAsync(workbook);

        Assert.Equal(LcaImportStatus.Refused, import.Status);
        Assert.Contains("Row 3: DECISION_DATE is not a date", import.Message);
        Assert.Empty(await FilingsAsync());
    }

    [Fact]
    public async Task Import_FileThatIsNotAWorkbook_IsRefused()
    {
        var import = await ImportAsync("CASE_NUMBER,CASE_STATUS\nI-200-1,Certified\n"u8.ToArray());

        Assert.Equal(LcaImportStatus.Refused, import.Status);
        Assert.StartsWith("The file is not an Excel workbook (.xlsx).", import.Message);
        Assert.Empty(await FilingsAsync());
    }

    [Fact]
    public async Task Import_RepeatedCaseNumbers_AreCountedOnce()
    {
        var workbook = new LcaWorkbook().Add(
            new LcaFixtureRow("I-200-24289-000001"),
            new LcaFixtureRow("I-200-24289-000001"),
            new LcaFixtureRow("I-200-24289-000002"));

        var import = await ImportAsync(workbook);

        Assert.Equal(2, import.RowsKept);
        Assert.Contains("1 repeated case number counted once", import.Message);
        Assert.DoesNotContain("(s)", import.Message, StringComparison.Ordinal);
        Assert.Equal(Counts((2025, "MOUNT SINAI HOSPITAL", 2)), await FilingsAsync());
    }

    [Fact]
    public async Task Import_SameFiscalYearAgain_ReplacesThatYearOnly()
    {
        await ImportAsync(new LcaWorkbook().Add(
            new LcaFixtureRow("I-200-23289-000001", DecisionDate: new DateTime(2024, 3, 1)),
            new LcaFixtureRow("I-200-24289-000002"),
            new LcaFixtureRow("I-200-24289-000003", EmployerName: "Maimonides Medical Center")));
        var file = new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-000002"), new LcaFixtureRow("I-200-24289-000004"));

        await ImportAsync(file);
        var once = await FilingsAsync();
        await ImportAsync(file);

        Assert.Equal(Counts((2024, "MOUNT SINAI HOSPITAL", 1), (2025, "MOUNT SINAI HOSPITAL", 2)), once);
        Assert.Equal(once, await FilingsAsync());
    }

    [Fact]
    public async Task Import_Finished_DeletesTheUpload()
    {
        var import = await ImportAsync(new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-000001")));

        var folder = await _db.WithAsync(p => Task.FromResult(p.GetRequiredService<LcaUploadFolder>()));
        Assert.False(File.Exists(folder.PathOf(import.StoredName)));
    }

    [Fact]
    public async Task Evidence_ConfirmedEmployer_CountsItsFilingsForTheInstitution()
    {
        await AddProgramAsync("The Mount Sinai Hospital");
        await ImportAsync(new LcaWorkbook().Add(
            new LcaFixtureRow("I-200-24289-000001", EmployerName: "Mount Sinai Hosp."),
            new LcaFixtureRow("I-200-24289-000002", EmployerName: "MOUNT SINAI HOSPITAL")));
        var before = await EvidenceAsync("The Mount Sinai Hospital");

        var suggestions = await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>().SuggestionsAsync());
        var suggestion = Assert.Single(suggestions);
        var outcome = await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>()
            .DecideAsync(suggestion.NormalizedEmployer, suggestion.InstitutionName, LcaMatchDecision.Confirmed));

        Assert.Empty(before);
        Assert.True(outcome.Succeeded);
        var year = Assert.Single(await EvidenceAsync("The Mount Sinai Hospital"));
        Assert.Equal((2025, 2), (year.FiscalYear, year.Filings));
        Assert.Empty(await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>().SuggestionsAsync()));
    }

    [Fact]
    public async Task Matching_ConfirmedOnce_IsRememberedAcrossImports()
    {
        await AddProgramAsync("NYU Langone Hospitals");
        await ImportAsync(new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-000001", EmployerName: "NYU Langone Hospitals")));
        await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>()
            .DecideAsync("NYU LANGONE HOSPITALS", "NYU Langone Hospitals", LcaMatchDecision.Confirmed));

        await ImportAsync(new LcaWorkbook().Add(
            new LcaFixtureRow("I-200-24289-000001", EmployerName: "NYU Langone Hospitals"),
            new LcaFixtureRow("I-200-24289-000002", EmployerName: "NYU LANGONE HOSPITALS INC")));
        var again = await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>()
            .DecideAsync("NYU LANGONE HOSPITALS", "NYU Langone Hospitals", LcaMatchDecision.Rejected));

        Assert.Equal(2, Assert.Single(await EvidenceAsync("NYU Langone Hospitals")).Filings);
        Assert.Equal(OutcomeKind.Conflict, again.Kind);
    }

    [Fact]
    public async Task Matching_Rejected_IsNotSuggestedAgainAndShowsNothing()
    {
        await AddProgramAsync("Mount Sinai Hospital");
        await ImportAsync(new LcaWorkbook().Add(new LcaFixtureRow("I-200-24289-000001", EmployerName: "Mount Sinai Hospital of Queens")));

        await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>()
            .DecideAsync("MOUNT SINAI HOSPITAL OF QUEENS", "Mount Sinai Hospital", LcaMatchDecision.Rejected));

        Assert.Empty(await _db.WithAsync(p => p.GetRequiredService<ILcaMatching>().SuggestionsAsync()));
        Assert.Empty(await EvidenceAsync("Mount Sinai Hospital"));
    }

    private async Task<LcaImport> ImportAsync(LcaWorkbook workbook) => await ImportAsync(await workbook.ToBytesAsync());

    private async Task<LcaImport> ImportAsync(byte[] bytes)
    {
        var id = await _db.WithAsync(p => p.GetRequiredService<ILcaImports>().QueueAsync(new MemoryStream(bytes), "LCA_Disclosure_Data_FY2025_Q1.xlsx"));
        var ran = await _db.WithAsync(p => p.GetRequiredService<ILcaImporter>().RunNextAsync());
        Assert.Equal(1, ran);
        return (await _db.WithAsync(p => p.GetRequiredService<ILcaImports>().FindAsync(id)))!;
    }

    private static List<(int, string, int)> Counts(params (int, string, int)[] rows) => [.. rows];

    private Task<List<(int, string, int)>> FilingsAsync() => _db.WithAsync(async p =>
        (await p.GetRequiredService<IAppDbContext>().LcaFilings.AsNoTracking()
            .OrderBy(f => f.FiscalYear).ThenBy(f => f.NormalizedEmployer)
            .Select(f => new { f.FiscalYear, f.NormalizedEmployer, f.Filings })
            .ToListAsync())
        .Select(f => (f.FiscalYear, f.NormalizedEmployer, f.Filings)).ToList());

    private Task<IReadOnlyList<LcaEvidenceYear>> EvidenceAsync(string institution) =>
        _db.WithAsync(p => p.GetRequiredService<ILcaEvidence>().ForInstitutionAsync(institution));

    private Task<int> AddProgramAsync(string institution) => _db.WithAsync(async p =>
    {
        var db = p.GetRequiredService<IAppDbContext>();
        db.Programs.Add(new ResidencyProgram
        {
            Key = "program-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Internal Medicine Residency",
            Specialty = "Internal medicine",
            SponsoringInstitution = institution,
            Area = "Manhattan",
            City = "New York",
            Website = "https://example.org/",
        });
        return await db.SaveChangesAsync();
    });
}
