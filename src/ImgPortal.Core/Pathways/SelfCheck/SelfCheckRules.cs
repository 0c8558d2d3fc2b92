using System.Globalization;
using System.Text.RegularExpressions;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>
/// The self-check's rules, pure: each requirement of a pathway against a person's answers gives met, missing,
/// unknown (with why) or, for conditions of the license itself (setting, supervised period, conversion), a
/// condition. A requirement no source confirms stays unknown; a figure the record does not give is never guessed.
/// A pathway is likely only when every requirement (conditions aside) is met; one missing makes it not yet; otherwise unknown.
/// </summary>
public static partial class SelfCheckRules
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
    };

    private static readonly HashSet<PathwayRequirement> Conditions =
        [PathwayRequirement.PracticeSetting, PathwayRequirement.SupervisedPeriod, PathwayRequirement.ConversionToFullLicense];

    public static PathwayCheckResult Check(PathwayDetail pathway, SelfCheckAnswers answers)
    {
        var source = pathway.Sources.Count > 0 ? pathway.Sources[0] : null;
        var results = pathway.Requirements.Select(r => Evaluate(r, answers, source)).ToList();
        var counted = results.Where(r => r.Check != RequirementCheck.Condition).ToList();
        var verdict = counted.Any(r => r.Check == RequirementCheck.Missing) ? PathwayVerdict.NotYet
            : counted.Any(r => r.Check == RequirementCheck.Unknown) ? PathwayVerdict.Unknown
            : PathwayVerdict.Likely;
        return new PathwayCheckResult(pathway, verdict, results);
    }

    public static RequirementResult Evaluate(RequirementDetail requirement, SelfCheckAnswers answers, PathwaySource? source)
    {
        RequirementResult Result(RequirementCheck check, string why) => new(requirement.Requirement, requirement.Label, check, why, source);

        if (Conditions.Contains(requirement.Requirement))
        {
            return Result(RequirementCheck.Condition, requirement.Status == RequirementStatus.Unknown
                ? "A condition of the license itself; no source we checked gives it."
                : $"A condition of the license itself, not something you need beforehand: {requirement.Value}");
        }

        if (requirement.Status == RequirementStatus.NotRequired)
        {
            return Result(RequirementCheck.Met, "This pathway does not ask for it.");
        }

        if (requirement.Status == RequirementStatus.Unknown)
        {
            return Result(RequirementCheck.Unknown, "No source we checked says whether this pathway asks for it; ask the state board.");
        }

        return requirement.Requirement switch
        {
            PathwayRequirement.EcfmgCertification => YesNo(answers.EcfmgCertified, "You are ECFMG certified.", "The pathway asks for ECFMG certification, and you are not certified yet.", "You did not say whether you are ECFMG certified.", Result),
            PathwayRequirement.EnglishTest => YesNo(answers.EnglishTestPassed, "You have passed an English test.", "The pathway asks for an English test you have not passed yet.", "You did not say whether you have passed an English test.", Result),
            PathwayRequirement.JobOfferOrSponsor => YesNo(answers.UsJobOffer, "You have a US job offer.", "The pathway asks for a job offer from an employer in the state, and you have none yet.", "You did not say whether you have a US job offer.", Result),
            PathwayRequirement.TrainingOrPracticeAbroad => Years(requirement.Value, answers, Result),
            PathwayRequirement.UsmleSteps => Steps(requirement.Value, answers, Result),
            PathwayRequirement.ImmigrationStatus => Immigration(requirement.Value, answers.Immigration, Result),
            _ => Result(RequirementCheck.Unknown, "The self-check cannot judge this requirement; read it and ask the state board."),
        };
    }

    /// <summary>Every "N years" (digits or one to ten, also "N-year") in <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> YearFigures(string text) =>
        YearPattern().Matches(text)
            .Select(m => int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : Numbers.GetValueOrDefault(m.Groups[1].Value))
            .Where(n => n > 0)
            .ToList();

    /// <summary>The USMLE steps <paramref name="text"/> asks for before the pathway (<c>Now</c>) and only for the full license (<c>Later</c>).</summary>
    public static (IReadOnlySet<int> Now, IReadOnlySet<int> Later) StepsAskedFor(string text)
    {
        var now = new HashSet<int>();
        var later = new HashSet<int>();
        foreach (var clause in text.Split([';', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            var steps = new HashSet<int>();
            if (clause.Contains("all steps", StringComparison.OrdinalIgnoreCase))
            {
                steps.UnionWith([1, 2, 3]);
            }

            foreach (Match match in StepPattern().Matches(clause))
            {
                steps.UnionWith(match.Groups[1].Captures.Concat(match.Groups[2].Captures).Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)));
            }

            if (clause.Contains("step", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (word, step) in new[] { ("first", 1), ("second", 2), ("third", 3) })
                {
                    if (Regex.IsMatch(clause, $@"\b{word}\b", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)))
                    {
                        steps.Add(step);
                    }
                }
            }

            (clause.Contains("full license", StringComparison.OrdinalIgnoreCase) ? later : now).UnionWith(steps);
        }

        later.ExceptWith(now);
        return (now, later);
    }

    private static RequirementResult YesNo(Answer answer, string met, string missing, string unknown, Func<RequirementCheck, string, RequirementResult> result) => answer switch
    {
        Answer.Yes => result(RequirementCheck.Met, met),
        Answer.No => result(RequirementCheck.Missing, missing),
        _ => result(RequirementCheck.Unknown, unknown),
    };

    private static RequirementResult Years(string text, SelfCheckAnswers answers, Func<RequirementCheck, string, RequirementResult> result)
    {
        var figures = YearFigures(text);
        if (figures.Count == 0)
        {
            return result(RequirementCheck.Unknown, "The record gives no number of years to compare with yours; read it and ask the state board.");
        }

        var lower = text.ToLowerInvariant();
        var training = lower.Contains("training", StringComparison.Ordinal) || lower.Contains("residency", StringComparison.Ordinal) || lower.Contains("postgraduate", StringComparison.Ordinal);
        var practice = lower.Contains("practic", StringComparison.Ordinal);
        var kinds = new List<int?>();
        if (training || !practice)
        {
            kinds.Add(answers.YearsTrainingAbroad);
        }

        if (practice || !training)
        {
            kinds.Add(answers.YearsPracticeAbroad);
        }

        if (kinds.All(k => k is null))
        {
            return result(RequirementCheck.Unknown, "You did not give your years of training or practice abroad.");
        }

        var most = figures.Max();
        var least = figures.Min();
        var alternatives = lower.Contains(" or ", StringComparison.Ordinal);
        var met = alternatives ? kinds.Any(k => k >= most) : kinds.All(k => k >= most);
        if (met)
        {
            return result(RequirementCheck.Met, $"You have at least {most} years, the most the record mentions.");
        }

        if (kinds.All(k => k is not null && k < least))
        {
            return result(RequirementCheck.Missing, $"The record asks for at least {least} {(least == 1 ? "year" : "years")}; you have fewer.");
        }

        return result(RequirementCheck.Unknown, "The record names more than one figure or route; compare it with your own training and practice.");
    }

    private static RequirementResult Steps(string text, SelfCheckAnswers answers, Func<RequirementCheck, string, RequirementResult> result)
    {
        var (now, later) = StepsAskedFor(text);
        if (now.Count == 0 && later.Count == 0)
        {
            return result(RequirementCheck.Unknown, "The record does not list which USMLE steps; ask the state board.");
        }

        var passed = new HashSet<int>();
        if (answers.PassedStep1)
        {
            passed.Add(1);
        }

        if (answers.PassedStep2Ck)
        {
            passed.Add(2);
        }

        if (answers.PassedStep3)
        {
            passed.Add(3);
        }

        var missing = now.Where(s => !passed.Contains(s)).Order().ToList();
        var laterMissing = later.Where(s => !passed.Contains(s)).Order().ToList();
        var note = laterMissing.Count > 0 ? $" Before the full license you will also need Step {string.Join(" and Step ", laterMissing)}." : string.Empty;
        return missing.Count > 0
            ? result(RequirementCheck.Missing, $"You have not passed Step {string.Join(" and Step ", missing)}.{note}")
            : result(RequirementCheck.Met, $"You have passed the steps the record lists to start.{note}");
    }

    private static RequirementResult Immigration(string text, ImmigrationAnswer answer, Func<RequirementCheck, string, RequirementResult> result)
    {
        var lower = text.ToLowerInvariant();
        var acceptsWorkAuthorization = lower.Contains("authoriz", StringComparison.Ordinal) || lower.Contains("lawful", StringComparison.Ordinal)
            || lower.Contains("immigration status", StringComparison.Ordinal) || lower.Contains("work in the", StringComparison.Ordinal);
        return answer switch
        {
            ImmigrationAnswer.CitizenOrPermanentResident => result(RequirementCheck.Met, "As a US citizen or permanent resident you meet the immigration requirement."),
            ImmigrationAnswer.WorkAuthorized when acceptsWorkAuthorization => result(RequirementCheck.Met, "The record accepts a status that lets you work, which you have."),
            ImmigrationAnswer.WorkAuthorized => result(RequirementCheck.Unknown, "The record may ask for more than permission to work; read it and ask the state board."),
            ImmigrationAnswer.NeedsSponsorship => result(RequirementCheck.Unknown, "You need a visa; whether the employer can sponsor one for this pathway is not recorded."),
            _ => result(RequirementCheck.Unknown, "You did not say what your immigration status is."),
        };
    }

    [GeneratedRegex(@"\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s|-)(?:consecutive\s|full\s)?years?\b", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\bSteps?\s+([123])(?:\s*CK)?(?:(?:,\s*|\s+and\s+|\s+or\s+)([123])(?:\s*CK)?)*", RegexOptions.IgnoreCase, 1000)]
    private static partial Regex StepPattern();
}
