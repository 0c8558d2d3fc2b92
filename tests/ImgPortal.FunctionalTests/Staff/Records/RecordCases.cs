namespace ImgPortal.FunctionalTests.Staff.Records;

/// <summary>
/// One row per structured-record type: adding a type to the portal means adding its row here, and every test in
/// <see cref="RecordEditorTests"/> then covers it.
/// </summary>
public static class RecordCases
{
    private const string Deleted = "Deleted. The audit trail keeps what it held.";

    public static readonly IReadOnlyDictionary<string, RecordCase> All = new[]
    {
        new RecordCase(
            "contacts",
            "ContactPoint",
            marker => new()
            {
                ["Input.Office"] = marker,
                ["Input.Purpose"] = "Questions about test visas.",
                ["Input.Phone"] = "+1 555 0100",
                ["Input.Email"] = "visa@example.org",
                ["Input.Address"] = "1 Test Street",
                ["Input.SortOrder"] = "900",
            },
            "Input.Office",
            marker => $"Saved {marker}.",
            Deleted,
            new() { ["Input.Purpose"] = string.Empty, ["Input.Email"] = "not an address" },
            ["Say what to contact this office about.", "Give a valid e-mail address, or leave it empty."],
            "Input.Purpose",
            "/contact",
            false,
            "main",
            "Input.Address"),
        new RecordCase(
            "organizations",
            "Organization",
            marker => new()
            {
                ["Input.Name"] = marker,
                ["Input.Abbreviation"] = "TLB",
                ["Input.Role"] = "Licenses test physicians.",
                ["Input.WebsiteUrl"] = "https://tlb.example.org/",
                ["Input.SortOrder"] = "900",
            },
            "Input.Name",
            marker => $"Saved {marker}.",
            Deleted,
            new() { ["Input.Role"] = string.Empty, ["Input.WebsiteUrl"] = "javascript:alert(1)", ["Input.SortOrder"] = "-3" },
            ["Say what the organization does for IMGs.", "Give a full web address starting with http:// or https://, or leave it empty.", "Give a position from 0 to 10,000."],
            "Input.Role",
            "/residency",
            false,
            "main",
            "Input.Role"),
        new RecordCase(
            "state-pathways",
            "StatePathway",
            marker => StatePathwayForm(marker),
            "Input.Name",
            marker => $"Saved Alaska: {marker}.",
            Deleted,
            new() { ["Input.Kind"] = string.Empty, ["Input.Sources"] = "https://example.gov/law | | 2025-01-02", ["Input.EffectiveOn"] = "2025-07-01", ["Input.EndsOn"] = "2025-06-30" },
            ["Choose the kind of pathway.", "Line 1: give the source's title."],
            "Input.Summary",
            "/state-pathways/ak",
            false,
            "main",
            "Input.Summary"),
        new RecordCase(
            "waiver-years",
            "WaiverProgramYear",
            marker => new()
            {
                ["Input.ProgramName"] = marker,
                ["Input.Year"] = "2031",
                ["Input.TotalWaivers"] = "30",
                ["Input.SecondCategoryMax"] = "10",
                ["Input.SlotsReported"] = "true",
                ["Input.SlotsUsed"] = "12",
                ["Input.FlexUsed"] = "3",
                ["Input.CycleStatus"] = "Open",
                ["Input.AsOf"] = "2025-01-02",
                ["Input.SourceUrl"] = "https://report.example.org/state30",
                ["Input.Source"] = "Test source",
                ["Input.Notes"] = string.Empty,
            },
            "Input.ProgramName",
            marker => $"Saved {marker} FY2031.",
            Deleted,
            new() { ["Input.Year"] = "1800", ["Input.Source"] = string.Empty, ["Input.SourceUrl"] = "ftp://report.example.org", ["Input.CycleStatus"] = string.Empty },
            ["Give a year between 1990 and 2100.", "Say where the figures come from.", "Give a full web address starting with http:// or https://.", "Choose where the cycle stands."],
            "Input.Notes",
            "/j1-waiver",
            false,
            "main",
            "Input.ProgramName"),
        new RecordCase(
            "fees",
            "Fee",
            marker => new()
            {
                ["Input.Item"] = "Other",
                ["Input.Purpose"] = marker,
                ["Input.ChargedBy"] = "Test board",
                ["Input.AppliesTo"] = "2031",
                ["Input.Currency"] = "USD",
                ["Input.AmountLow"] = "10",
                ["Input.AmountHigh"] = "20.50",
                ["Input.Scaling"] = "Once",
                ["Input.TierFrom"] = "1",
                ["Input.TierTo"] = string.Empty,
                ["Input.Notes"] = "Test notes.",
                ["Input.Sources"] = "https://fees.example.org/ | Test fees | 2025-01-02",
                ["Input.CheckedOn"] = "2025-01-02",
            },
            "Input.Purpose",
            marker => $"Saved {marker} (2031).",
            Deleted,
            new() { ["Input.AmountLow"] = "0", ["Input.Scaling"] = string.Empty, ["Input.CheckedOn"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd") },
            ["Give an amount above 0 with at most two decimals, e.g. 985 or 11.50, or leave it empty when it is not known.", "Choose how the fee scales.", "The checked date cannot be in the future."],
            "Input.Notes",
            "/costs",
            false,
            "#fee-list",
            "Input.Notes"),
        new RecordCase(
            "season-dates",
            "SeasonDate",
            marker => new()
            {
                ["Input.Title"] = marker,
                ["Input.Date"] = "2030-09-15",
                ["Input.Kind"] = "Opens",
                ["Input.Cycle"] = "2031",
                ["Input.Organization"] = "Nrmp",
                ["Input.Milestone"] = "Other",
                ["Input.Sources"] = "https://www.nrmp.org/ | NRMP | 2026-01-02",
                ["Input.CheckedOn"] = "2026-01-02",
                ["Input.Notes"] = "Test notes.",
            },
            "Input.Title",
            marker => $"Saved {marker} (2030-09-15).",
            Deleted,
            new() { ["Input.Date"] = string.Empty, ["Input.Kind"] = string.Empty, ["Input.Cycle"] = "1999" },
            ["Give the date.", "Choose the kind of date.", "Give a Match year between 2000 and 2100."],
            "Input.Notes",
            "/roadmap",
            true,
            "main #season-dates",
            "Input.Title"),
        new RecordCase(
            "roadmap-steps",
            "RoadmapStep",
            marker => new()
            {
                ["Input.Key"] = "test-" + marker.ToLowerInvariant(),
                ["Input.Title"] = marker,
                ["Input.Description"] = "A test step.",
                ["Input.SortOrder"] = "5",
                ["Input.Stage"] = "Exams",
                ["Input.GuidanceSlug"] = "residency",
            },
            "Input.Title",
            marker => $"Saved {marker}. Members' stages were brought up to date.",
            "Deleted, with members' own states for it; their stages were brought up to date. The audit trail keeps what it held.",
            new() { ["Input.Key"] = "Bad Key!", ["Input.Title"] = string.Empty, ["Input.Stage"] = string.Empty },
            ["Use lowercase letters, digits and single hyphens only, e.g. usmle-step1.", "Give the step a title.", "Choose the stage the step belongs to."],
            "Input.Description",
            "/roadmap",
            true,
            "main",
            "Input.Title"),
        new RecordCase(
            "glossary",
            "GlossaryTerm",
            marker => new()
            {
                ["Input.Term"] = marker,
                ["Input.LongForm"] = "Test long form",
                ["Input.Definition"] = "A test term.",
                ["Input.SourceUrl"] = "https://source.example.org/term",
                ["Input.VerifiedOn"] = "2025-01-02",
                ["Input.SourceTitle"] = "Test source",
            },
            "Input.Term",
            marker => $"Saved {marker}.",
            Deleted,
            new() { ["Input.Definition"] = string.Empty, ["Input.SourceUrl"] = "javascript:alert(1)", ["Input.VerifiedOn"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd") },
            ["Define the term in plain words.", "Give a full web address starting with http:// or https://.", "The verified date cannot be in the future."],
            "Input.Definition",
            "/glossary",
            false,
            "main",
            "Input.Definition"),
        new RecordCase(
            "programs",
            "ResidencyProgram",
            marker => new()
            {
                // "A " sorts the new program before the 37 seeded ones, onto the list's first page.
                ["Input.Name"] = "A " + marker,
                ["Input.Key"] = marker.ToLowerInvariant(),
                ["Input.Specialty"] = "Record Test Specialty",
                ["Input.SponsoringInstitution"] = "Test Hospital",
                ["Input.Area"] = "Brooklyn",
                ["Input.City"] = "Brooklyn",
                ["Input.AcgmeNumber"] = "1403599999",
                ["Input.Website"] = "https://program.example.org/",
                ["Input.Positions"] = "12",
                ["Input.ExistenceSource"] = "https://program.example.org/ | Test program home | 2026-12-01",
                ["Input.J1"] = "Accepts",
                ["Input.J1Source"] = "https://program.example.org/visas | Test program: visas | 2026-12-01",
                ["Input.J1CheckedOn"] = "2026-12-01",
                ["Input.H1b"] = "Unknown",
                ["Input.YearsSinceGraduation"] = "Limit",
                ["Input.YearsSinceGraduationLimit"] = "5",
                ["Input.YearsSinceGraduationSource"] = "https://program.example.org/eligibility | Test program: eligibility | 2026-12-01",
                ["Input.YearsSinceGraduationCheckedOn"] = "2026-12-01",
                ["Input.ExamAttempts"] = "Unknown",
                ["Input.ClinicalExperience"] = "Unknown",
                ["Input.ScoreMinimums"] = "Step 2 CK 220 or higher",
                ["Input.ScoreMinimumsSource"] = "https://program.example.org/eligibility | Test program: scores | 2026-12-01",
                ["Input.ScoreMinimumsCheckedOn"] = "2026-12-01",
            },
            "Input.Name",
            marker => $"Saved A {marker}.",
            Deleted,
            new() { ["Input.Specialty"] = string.Empty, ["Input.Website"] = "javascript:alert(1)", ["Input.Positions"] = "0" },
            ["Give the specialty.", "Give a full web address starting with http:// or https://.", "Give a number from 1 to 500, or leave it empty."],
            "Input.ScoreMinimums",
            "/programs?specialty=Record%20Test%20Specialty",
            false,
            "main #programs",
            "Input.Name"),
    }.ToDictionary(c => c.Slug);

    /// <summary>Every record type's slug, as theory data.</summary>
    public static TheoryData<string> Slugs() => new(All.Keys);


    /// <summary>A valid state pathway form for Alaska (no seeded pathway; first in the staff list), named <paramref name="marker"/>.</summary>
    private static Dictionary<string, string> StatePathwayForm(string marker)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.State"] = "AK",
            ["Input.Name"] = marker,
            ["Input.Kind"] = "AssistanceProgram",
            ["Input.Status"] = "AcceptingApplications",
            ["Input.BillCitation"] = "SB 1 (2025)",
            ["Input.StatuteCitation"] = string.Empty,
            ["Input.EnactedOn"] = "2025-01-02",
            ["Input.EffectiveOn"] = string.Empty,
            ["Input.EndsOn"] = string.Empty,
            ["Input.Summary"] = "A test program for IMGs.",
            ["Input.Sources"] = "https://example.gov/law | Test law | 2025-01-02",
        };
        foreach (var requirement in ImgPortal.Core.Content.PathwayRequirements.All)
        {
            form["Input." + requirement.Name] = "Test detail.";
            form["Input." + requirement.StatusName] = "Unknown";
        }

        return form;
    }
}
