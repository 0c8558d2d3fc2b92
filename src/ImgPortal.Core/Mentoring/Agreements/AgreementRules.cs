using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Agreements;

/// <summary>The checks on a proposed agreement and its planned end: one message per field at fault.</summary>
public static class AgreementRules
{
    /// <summary>The longest goals text: the validation, both schemas and the form's <c>maxlength</c>.</summary>
    public const int MaxGoalsLength = 1000;

    public const int MinMonths = 1;

    public const int MaxMonths = 24;

    public const string CodeOfConduct =
        "We treat each other with respect, keep what we share confidential, and tell program staff about any concern.";

    public static IReadOnlyList<FieldError> Validate(AgreementDetails details)
    {
        var errors = new List<FieldError>();
        var goals = details.Goals?.Trim() ?? string.Empty;
        if (goals.Length == 0)
        {
            errors.Add(new(nameof(details.Goals), "Write down at least one goal for the mentoring."));
        }
        else if (goals.Length > MaxGoalsLength)
        {
            errors.Add(new(nameof(details.Goals), ValidationText.Limit(MentoringMessages.GoalsTooLong, MaxGoalsLength)));
        }

        if (details.Frequency is null || !Enum.IsDefined(details.Frequency.Value))
        {
            errors.Add(new(nameof(details.Frequency), "Choose how often you will meet."));
        }

        if (details.Months is null or < MinMonths or > MaxMonths)
        {
            errors.Add(new(nameof(details.Months), $"Choose a length from {MinMonths} to {MaxMonths} months."));
        }

        if (!details.AcceptsCodeOfConduct)
        {
            errors.Add(new(nameof(details.AcceptsCodeOfConduct), "Tick the box to accept the code of conduct."));
        }

        return errors;
    }

    /// <summary>The planned end: the day of acceptance plus <paramref name="months"/> months.</summary>
    public static DateOnly PlannedEnd(DateTime acceptedAtUtc, int months) => DateOnly.FromDateTime(acceptedAtUtc).AddMonths(months);

    /// <summary>Ending before the planned end is an early closure, which needs a reason.</summary>
    public static bool IsEarly(DateOnly? plannedEndOn, DateTime nowUtc) =>
        plannedEndOn is { } end && DateOnly.FromDateTime(nowUtc) < end;
}
