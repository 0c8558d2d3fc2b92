using System.Globalization;
using System.Text.Json;
using ImgPortal.Core.Records;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// What a coordinator may propose (the stated policies and the first-year positions, as the staff form holds them),
/// and how a proposal becomes a full save of the record: a changed policy takes the program's own word as its
/// source ("website | Confirmed by the program's coordinator | date") and today as its checked date, a policy set
/// to unknown drops both, and the record is marked confirmed by the program today.
/// </summary>
public static class ProgramConfirmationFields
{
    public const string SourceTitle = "Confirmed by the program's coordinator";

    /// <summary>Each proposable policy with its value fields; a change to any of them re-sources the policy.</summary>
    public static readonly IReadOnlyList<(string Policy, string[] Values)> Policies =
    [
        (nameof(ResidencyProgram.J1), [nameof(ResidencyProgram.J1)]),
        (nameof(ResidencyProgram.H1b), [nameof(ResidencyProgram.H1b)]),
        (nameof(ResidencyProgram.YearsSinceGraduation), [nameof(ResidencyProgram.YearsSinceGraduation), nameof(ResidencyProgram.YearsSinceGraduationLimit)]),
        (nameof(ResidencyProgram.ExamAttempts), [nameof(ResidencyProgram.ExamAttempts), nameof(ResidencyProgram.ExamAttemptsMax)]),
        (nameof(ResidencyProgram.ClinicalExperience), [nameof(ResidencyProgram.ClinicalExperience)]),
        (nameof(ResidencyProgram.ScoreMinimums), [nameof(ResidencyProgram.ScoreMinimums)]),
    ];

    /// <summary>The fields a coordinator's form holds, in form order.</summary>
    public static readonly IReadOnlyList<string> Proposable =
        [nameof(ResidencyProgram.Positions), .. Policies.SelectMany(p => p.Values)];

    /// <summary>
    /// The hint under each field of the coordinator's form, written for a program coordinator who has never seen the
    /// portal (the record type's own hints are written for staff and speak of sources and checked dates).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> CoordinatorHints = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(ResidencyProgram.Positions)] = "How many first-year residents your program takes each year. Leave it empty if you would rather not say.",
        [nameof(ResidencyProgram.J1)] = "Whether your program takes residents who train on a J-1 visa.",
        [nameof(ResidencyProgram.H1b)] = "Whether your program sponsors H-1B visas for its residents.",
        [nameof(ResidencyProgram.YearsSinceGraduation)] = "Whether your program only considers applicants who finished medical school within a certain number of years.",
        [nameof(ResidencyProgram.YearsSinceGraduationLimit)] = "If there is a limit, the most years since medical school that you accept. Otherwise leave it empty.",
        [nameof(ResidencyProgram.ExamAttempts)] = "Whether your program limits how many times an applicant may have taken a licensing exam.",
        [nameof(ResidencyProgram.ExamAttemptsMax)] = "If there is a limit, the most attempts at any one exam that you accept. Otherwise leave it empty.",
        [nameof(ResidencyProgram.ClinicalExperience)] = "Whether applicants need clinical experience in the United States before they apply.",
        [nameof(ResidencyProgram.ScoreMinimums)] = "Any minimum exam scores, written as you would tell an applicant. If you have none, say so.",
    };

    /// <summary>Only the proposable fields of <paramref name="posted"/>, trimmed (a field not posted keeps <paramref name="current"/>'s value).</summary>
    public static Dictionary<string, string> Pick(IReadOnlyDictionary<string, string?> posted, IReadOnlyDictionary<string, string> current) =>
        Proposable.ToDictionary(f => f, f => posted.TryGetValue(f, out var value) ? value?.Trim() ?? string.Empty : current.GetValueOrDefault(f, string.Empty));

    public static string Serialize(IReadOnlyDictionary<string, string> values) => JsonSerializer.Serialize(values);

    public static Dictionary<string, string> Deserialize(string json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The fields whose proposed value differs from the current one.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> current, IReadOnlyDictionary<string, string> proposed) =>
        Proposable.Where(f => proposed.TryGetValue(f, out var value) && !string.Equals(value, current.GetValueOrDefault(f, string.Empty), StringComparison.Ordinal)).ToList();

    /// <summary>The whole form's values for saving <paramref name="proposed"/> over <paramref name="current"/> on <paramref name="today"/>.</summary>
    public static Dictionary<string, string?> ToRecordValues(RecordView current, IReadOnlyDictionary<string, string> proposed, DateOnly today)
    {
        var values = current.Values.ToDictionary(v => v.Key, string? (v) => v.Value);
        var changed = Changed(current.Values, proposed).ToHashSet(StringComparer.Ordinal);
        var date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var field in changed)
        {
            values[field] = proposed[field];
        }

        foreach (var (policy, fields) in Policies.Where(p => p.Values.Any(changed.Contains)))
        {
            var rule = ProgramPolicy.All.Single(p => p.Name == policy);
            var unknown = string.IsNullOrEmpty(values[policy]) || values[policy] == "Unknown";
            values[rule.SourceName] = unknown ? string.Empty : $"{current.Values[nameof(ResidencyProgram.Website)]} | {SourceTitle} | {date}";
            values[rule.CheckedOnName] = unknown ? string.Empty : date;
        }

        values[nameof(ResidencyProgram.LastConfirmedByProgram)] = date;
        values[nameof(RecordView.Version)] = current.Version.ToString();
        return values;
    }
}
