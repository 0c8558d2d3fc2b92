using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Log;

/// <summary>The checks on a log entry: one message per field at fault.</summary>
public static class LogRules
{
    /// <summary>The longest note: the validation, both schemas and the form's <c>maxlength</c>.</summary>
    public const int MaxNoteLength = 500;

    public const int PageSize = 10;

    /// <summary>How far ahead a date may be (a goal's target date, a planned meeting).</summary>
    public const int MaxDaysAhead = 366;

    public static IReadOnlyList<FieldError> Validate(LogEntryDetails details, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (details.OccurredOn is null)
        {
            errors.Add(new(nameof(details.OccurredOn), "Enter the date."));
        }
        else if (details.OccurredOn > today.AddDays(MaxDaysAhead))
        {
            errors.Add(new(nameof(details.OccurredOn), "Enter a date within the next year."));
        }

        if (details.Kind is null || !Enum.IsDefined(details.Kind.Value))
        {
            errors.Add(new(nameof(details.Kind), "Choose a meeting or a goal."));
        }

        var note = details.Note?.Trim() ?? string.Empty;
        if (note.Length == 0)
        {
            errors.Add(new(nameof(details.Note), "Write a short note."));
        }
        else if (note.Length > MaxNoteLength)
        {
            errors.Add(new(nameof(details.Note), ValidationText.Limit(ValidationText.NoteTooLong, MaxNoteLength)));
        }

        return errors;
    }
}
