using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.IntegrationTests.Data.Seed;

/// <summary>The verified data files are well formed: every record sourced and dated, every value from its list.</summary>
public sealed class SeedDataFilesTests
{
    private static readonly string[] Kinds =
        ["FullLicenseWithoutUsResidency", "LimitedOrRestrictedLicense", "ClinicalExperienceLicense", "AssistanceProgram", "EmergencyAuthorization", "Other"];

    private static readonly string[] Statuses = ["BillPending", "EnactedRulesPending", "AcceptingApplications", "Ended", "Failed"];

    private static readonly string[] RequirementStatuses = ["Required", "NotRequired", "Unknown"];

    private static readonly string[] RequirementKeys =
    [
        "ecfmgCertification", "trainingOrPracticeAbroad", "usmleSteps", "englishTest", "jobOfferOrSponsor",
        "practiceSetting", "supervisedPeriod", "conversionToFullLicense", "immigrationStatus",
    ];

    private static readonly string[] AmaListedStates =
        ["AR", "FL", "ID", "IL", "IN", "IA", "LA", "MA", "MN", "NV", "NC", "OK", "RI", "TN", "TX", "VA", "WI"];

    [Fact]
    public void Read_EveryFile_IsEmbeddedValidJson()
    {
        foreach (var file in SeedDataFiles.All)
        {
            var text = SeedDataFiles.Read(file);

            using var document = JsonDocument.Parse(text);
            Assert.NotEqual(JsonValueKind.Undefined, document.RootElement.ValueKind);
        }
    }

    [Fact]
    public void Programs_EveryProgram_HasAWebsiteExistenceSourceCheckedDateAndASourceForEachStatedPolicy()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.Programs));
        var checkedOn = document.RootElement.GetProperty("checkedOn").GetString();
        Assert.True(DateOnly.TryParseExact(checkedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), "checkedOn is not a date");

        var programs = ProgramSeed.Programs();

        Assert.NotEmpty(programs);
        Assert.Equal(programs.Count, programs.Select(p => p.Key).Distinct().Count());
        Assert.All(programs, program =>
        {
            Assert.Matches(Core.Records.Programs.ResidencyProgramRecordType.KeyPattern, program.Key);
            Assert.True(Uri.TryCreate(program.Website, UriKind.Absolute, out var site) && site.Scheme.StartsWith("http", StringComparison.Ordinal), $"{program.Key}: no website");
            Assert.True(Core.Programs.NewYorkAreas.IsKnown(program.Area), $"{program.Key}: unknown area {program.Area}");
            Assert.NotEmpty(Core.Content.PathwaySources.Read(program.ExistenceSource));
            Assert.Empty(Core.Content.PathwaySources.Parse(program.ExistenceSource).Problems);
            foreach (var policy in Core.Programs.ProgramPolicy.All)
            {
                var source = policy.Source(program);
                Assert.Empty(Core.Content.PathwaySources.Parse(source).Problems);
                if (policy.IsStated(program))
                {
                    Assert.True(source.Length > 0, $"{program.Key}.{policy.Name}: stated without a source");
                    Assert.NotNull(policy.CheckedOn(program));
                }
            }
        });
    }

    [Fact]
    public void StatePathways_EveryRecord_HasAStateKindStatusRequirementsAndDatedSources()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.StatePathways));

        var records = document.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(records);
        Assert.Equal(records.Count, records.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(records, record =>
        {
            var id = record.GetProperty("id").GetString();
            Assert.True(UsStates.IsCode(record.GetProperty("state").GetString()!), $"{id}: unknown state");
            Assert.Contains(record.GetProperty("kind").GetString(), Kinds);
            Assert.Contains(record.GetProperty("status").GetString(), Statuses);
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("name").GetString()), $"{id}: no name");
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("summary").GetString()), $"{id}: no summary");
            foreach (var date in new[] { "enactedOn", "effectiveOn", "endsOn" })
            {
                AssertIsoDateOrNull(record.GetProperty(date), $"{id}.{date}");
            }

            var requirements = record.GetProperty("requirements");
            Assert.Equal(RequirementKeys.Order(), requirements.EnumerateObject().Select(p => p.Name).Order());
            Assert.All(requirements.EnumerateObject(), requirement =>
            {
                Assert.Contains(requirement.Value.GetProperty("status").GetString(), RequirementStatuses);
                Assert.False(string.IsNullOrWhiteSpace(requirement.Value.GetProperty("value").GetString()), $"{id}.{requirement.Name}: no value");
            });
            AssertSources(record.GetProperty("sources"), id!);
        });
    }

    [Fact]
    public void StatePathways_EveryAmaListedState_HasAnEnactedFullLicensePathway()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.StatePathways));

        var enacted = document.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "FullLicenseWithoutUsResidency"
                && r.GetProperty("status").GetString() is "EnactedRulesPending" or "AcceptingApplications")
            .Select(r => r.GetProperty("state").GetString())
            .ToHashSet();

        Assert.All(AmaListedStates, state => Assert.Contains(state, enacted));
    }

    [Fact]
    public void StatePathways_EmergencyAuthorizations_AreAllEnded()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.StatePathways));

        var emergencies = document.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("kind").GetString() == "EmergencyAuthorization")
            .ToList();

        Assert.Contains(emergencies, r => r.GetProperty("state").GetString() == "NJ");
        Assert.Contains(emergencies, r => r.GetProperty("state").GetString() == "NY");
        Assert.All(emergencies, r => Assert.Equal("Ended", r.GetProperty("status").GetString()));
    }

    [Fact]
    public void State30_FiscalYearSlotsAndSteps_AreSourced()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.State30));
        var root = document.RootElement;

        Assert.Equal("10-01", root.GetProperty("fiscalYear").GetProperty("starts").GetString());
        Assert.Equal("09-30", root.GetProperty("fiscalYear").GetProperty("ends").GetString());
        Assert.Equal(30, root.GetProperty("slots").GetProperty("total").GetInt32());
        Assert.Equal(10, root.GetProperty("slots").GetProperty("flexMax").GetInt32());
        Assert.Equal(
            ["dos-case-number", "state-review", "dos-recommendation", "uscis-decision", "start-work"],
            root.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("key").GetString()!).ToArray());
        Assert.All(root.GetProperty("steps").EnumerateArray(), step => AssertSources(step.GetProperty("sources"), step.GetProperty("key").GetString()!));
        Assert.All(root.GetProperty("eligibility").EnumerateArray(), e => AssertSources(e.GetProperty("sources"), "eligibility"));
        AssertSources(root.GetProperty("ds3035").GetProperty("sources"), "ds3035");
    }

    [Fact]
    public void Glossary_TermsTheGuidanceUses_AreDefinedWithASource()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.Glossary));

        var terms = document.RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("term").GetString()!, t => t.Clone());

        string[] required =
        [
            "ECFMG", "Intealth", "ECHO", "ERAS", "NRMP", "SOAP", "ROL", "GME", "ACGME", "FCVS", "OET", "USCE", "YOG",
            "HPSA", "MUA/P", "Flex slot", "DS-2019", "DS-3035", "J-1", "H-1B", "USMLE Step 1", "USMLE Step 2 CK",
            "USMLE Step 3", "Pathways", "Conrad 30",
        ];
        Assert.All(required, term => Assert.True(terms.ContainsKey(term), $"{term} is not in the glossary"));
        Assert.All(terms, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(pair.Value.GetProperty("definition").GetString()), pair.Key);
            AssertSources(pair.Value.GetProperty("sources"), pair.Key);
        });
    }

    [Fact]
    public void CommissionRecommendations_HaveTheirDateAndSources()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.CommissionRecommendations));
        var root = document.RootElement;

        Assert.Equal("2025-02-04", root.GetProperty("publishedOn").GetString());
        Assert.Equal(root.GetProperty("recommendationCount").GetInt32(), root.GetProperty("recommendations").GetArrayLength());
        Assert.All(root.GetProperty("recommendations").EnumerateArray(), r => AssertSources(r.GetProperty("sources"), "recommendation"));
    }

    private static void AssertSources(JsonElement sources, string owner)
    {
        Assert.True(sources.GetArrayLength() > 0, $"{owner}: no source");
        Assert.All(sources.EnumerateArray(), source =>
        {
            var url = source.GetProperty("url").GetString();
            Assert.True(
                Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp),
                $"{owner}: {url} is not an http(s) address");
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("title").GetString()), $"{owner}: source without a title");
            AssertIsoDateOrNull(source.GetProperty("verifiedOn"), $"{owner}.verifiedOn", allowNull: false);
        });
    }

    private static void AssertIsoDateOrNull(JsonElement value, string what, bool allowNull = true)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.True(allowNull, $"{what} is required");
            return;
        }

        Assert.True(
            DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"{what}: {value} is not an ISO date");
    }
}
