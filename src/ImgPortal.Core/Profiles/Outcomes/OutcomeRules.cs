using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Core.Profiles.Outcomes;

/// <summary>What an outcome must say, by kind, and how it reads.</summary>
public static class OutcomeRules
{
    public const int MaxProgramLength = 200;

    public const int MaxInterviewCount = 200;

    /// <summary>The first Match year the portal accepts.</summary>
    public const int FirstMatchYear = 1990;

    public const string KindRequired = "Choose what happened.";

    public const string ProgramTooLong = "Keep the program to {1:N0} characters.";

    public const string SpecialtyFromList = "Choose the specialty from the list.";

    public const string StateRequired = "Choose the state that licensed you.";

    /// <summary>One message per field at fault; <paramref name="today"/> bounds the date and the Match year.</summary>
    public static IReadOnlyList<FieldError> Validate(OutcomeDetails d, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(d.Kind))
        {
            errors.Add(new(nameof(d.Kind), KindRequired));
            return errors;
        }

        if (d.OccurredOn is null)
        {
            errors.Add(new(nameof(d.OccurredOn), "Enter the date it happened."));
        }
        else if (d.OccurredOn > today)
        {
            errors.Add(new(nameof(d.OccurredOn), "Enter a date that has passed: record an outcome once it has happened."));
        }

        switch (d.Kind)
        {
            case MemberOutcomeKind.InterviewOffers when d.InterviewCount is null or < 1 or > MaxInterviewCount:
                errors.Add(new(nameof(d.InterviewCount), $"Enter how many interview offers you received, from 1 to {MaxInterviewCount}."));
                break;
            case MemberOutcomeKind.MatchedToResidency:
                if (string.IsNullOrWhiteSpace(d.Program) || d.Program.Trim().Length > MaxProgramLength)
                {
                    errors.Add(new(nameof(d.Program), $"Enter the residency program you matched to (up to {MaxProgramLength} characters)."));
                }

                if (!MentoringCatalog.IsSpecialty(d.Specialty))
                {
                    errors.Add(new(nameof(d.Specialty), SpecialtyFromList));
                }

                if (d.MatchYear is null || d.MatchYear < FirstMatchYear || d.MatchYear > today.Year + 1)
                {
                    errors.Add(new(nameof(d.MatchYear), $"Enter the Match year, from {FirstMatchYear} to {today.Year + 1}."));
                }

                break;
            case MemberOutcomeKind.Licensed when !UsStates.IsCode(d.State):
                errors.Add(new(nameof(d.State), StateRequired));
                break;
        }

        return errors;
    }

    /// <summary>The details with only what its kind uses, trimmed.</summary>
    public static OutcomeDetails Normalize(OutcomeDetails d) => d.Kind switch
    {
        MemberOutcomeKind.InterviewOffers => d with { Program = null, Specialty = null, MatchYear = null, State = null },
        MemberOutcomeKind.MatchedToResidency => d with { InterviewCount = null, Program = d.Program?.Trim(), State = null },
        MemberOutcomeKind.Licensed => d with { InterviewCount = null, Program = null, Specialty = null, MatchYear = null },
        _ => d with { InterviewCount = null, Program = null, Specialty = null, MatchYear = null, State = null },
    };

    /// <summary>The name of a kind as a person reads it.</summary>
    public static string Name(MemberOutcomeKind kind) => kind switch
    {
        MemberOutcomeKind.InterviewOffers => "Interview offers",
        MemberOutcomeKind.MatchedToResidency => "Matched to a residency",
        MemberOutcomeKind.WaiverObtained => "J-1 waiver obtained",
        MemberOutcomeKind.Licensed => "Licensed",
        _ => kind.ToString(),
    };

    /// <summary>One line that says what happened.</summary>
    public static string Describe(OutcomeDetails d) => d.Kind switch
    {
        MemberOutcomeKind.InterviewOffers => d.InterviewCount == 1 ? "1 interview offer" : $"{d.InterviewCount} interview offers",
        MemberOutcomeKind.MatchedToResidency => $"Matched to {d.Program}, {d.Specialty}, Match {d.MatchYear}",
        MemberOutcomeKind.Licensed => $"Licensed in {(d.State is null ? "a state" : UsStates.NameOf(d.State))}",
        _ => Name(d.Kind),
    };
}
