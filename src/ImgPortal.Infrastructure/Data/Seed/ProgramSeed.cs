using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Content;
using ImgPortal.Core.Programs;

namespace ImgPortal.Infrastructure.Data.Seed;

/// <summary>
/// The New York residency programs verified in <c>Data/Seed/Data/programs.json</c> (see <c>docs/sources/programs.md</c>):
/// each program with its existence source and each policy with its own source; a policy's checked date is the
/// file's <c>checkedOn</c> when a source states it, and a policy without a source stays unknown.
/// </summary>
public static class ProgramSeed
{
    public static IReadOnlyList<ResidencyProgram> Programs()
    {
        using var document = JsonDocument.Parse(SeedDataFiles.Read(SeedDataFiles.Programs));
        var root = document.RootElement;
        var checkedOn = DateOnly.ParseExact(root.GetProperty("checkedOn").GetString()!, PathwaySources.DateFormat, CultureInfo.InvariantCulture);
        return root.GetProperty("programs").EnumerateArray().Select(p => Read(p, checkedOn)).ToList();
    }

    /// <summary>How a seeded program is found in a database (ADR 0103): its key, fixed once created.</summary>
    public static string KeyOf(ResidencyProgram program) => program.Key;

    private static ResidencyProgram Read(JsonElement json, DateOnly checkedOn)
    {
        var policies = json.GetProperty("policies");
        var j1 = policies.GetProperty("j1");
        var h1b = policies.GetProperty("h1b");
        var years = policies.GetProperty("yearsSinceGraduation");
        var attempts = policies.GetProperty("examAttempts");
        var clinical = policies.GetProperty("clinicalExperience");
        var scores = policies.GetProperty("scoreMinimums");
        return new ResidencyProgram
        {
            Key = json.GetProperty("key").GetString()!,
            Name = json.GetProperty("name").GetString()!,
            Specialty = json.GetProperty("specialty").GetString()!,
            SponsoringInstitution = json.GetProperty("sponsoringInstitution").GetString()!,
            Area = json.GetProperty("area").GetString()!,
            City = json.GetProperty("city").GetString()!,
            AcgmeNumber = Text(json, "acgmeNumber") is { Length: > 0 } number ? number : null,
            Website = json.GetProperty("website").GetString()!,
            Positions = Number(json, "positions"),
            ExistenceSource = Text(json, "existenceSource"),
            J1 = Enum.Parse<J1Policy>(j1.GetProperty("value").GetString()!),
            J1Source = Text(j1, "source"),
            J1CheckedOn = CheckedOn(j1, checkedOn),
            H1b = Enum.Parse<H1bPolicy>(h1b.GetProperty("value").GetString()!),
            H1bSource = Text(h1b, "source"),
            H1bCheckedOn = CheckedOn(h1b, checkedOn),
            YearsSinceGraduation = Enum.Parse<LimitPolicy>(years.GetProperty("value").GetString()!),
            YearsSinceGraduationLimit = Number(years, "years"),
            YearsSinceGraduationSource = Text(years, "source"),
            YearsSinceGraduationCheckedOn = CheckedOn(years, checkedOn),
            ExamAttempts = Enum.Parse<LimitPolicy>(attempts.GetProperty("value").GetString()!),
            ExamAttemptsMax = Number(attempts, "maxAttempts"),
            ExamAttemptsSource = Text(attempts, "source"),
            ExamAttemptsCheckedOn = CheckedOn(attempts, checkedOn),
            ClinicalExperience = Enum.Parse<ClinicalExperiencePolicy>(clinical.GetProperty("value").GetString()!),
            ClinicalExperienceSource = Text(clinical, "source"),
            ClinicalExperienceCheckedOn = CheckedOn(clinical, checkedOn),
            ScoreMinimums = Text(scores, "value"),
            ScoreMinimumsSource = Text(scores, "source"),
            ScoreMinimumsCheckedOn = CheckedOn(scores, checkedOn),
        };
    }

    /// <summary>The file's checked date for a policy that has a source; none for a policy no source states.</summary>
    private static DateOnly? CheckedOn(JsonElement policy, DateOnly checkedOn) => Text(policy, "source").Length > 0 ? checkedOn : null;

    private static string Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : string.Empty;

    private static int? Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
}
