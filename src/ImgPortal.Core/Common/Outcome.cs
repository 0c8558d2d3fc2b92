namespace ImgPortal.Core.Common;

/// <summary>
/// What a service call that changes something did. Every changing service returns this (or
/// <see cref="Outcome{T}"/> when it hands back a value); controllers turn it into a response with
/// <c>OutcomeResults</c> in the web project.
/// </summary>
public class Outcome
{
    protected Outcome(OutcomeKind kind, string message, int? id, IReadOnlyList<FieldError> errors)
    {
        Kind = kind;
        Message = message;
        Id = id;
        Errors = errors;
    }

    public OutcomeKind Kind { get; }

    /// <summary>What to tell the person: the flash message on success, the reason otherwise.</summary>
    public string Message { get; }

    /// <summary>The id of the record changed or created, when there is one.</summary>
    public int? Id { get; }

    /// <summary>Per-field messages when <see cref="Kind"/> is <see cref="OutcomeKind.Invalid"/>.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    public bool Succeeded => Kind == OutcomeKind.Done;

    public static Outcome Done(string message, int? id = null) => new(OutcomeKind.Done, message, id, []);

    public static Outcome NotFound() => new(OutcomeKind.NotFound, "Not found.", null, []);

    public static Outcome Forbidden(string message) => new(OutcomeKind.Forbidden, message, null, []);

    public static Outcome Conflict(string message) => new(OutcomeKind.Conflict, message, null, []);

    /// <summary>A rule refused the change as a whole (not one field's fault).</summary>
    public static Outcome Invalid(string message) => new(OutcomeKind.Invalid, message, null, [new FieldError(string.Empty, message)]);

    /// <summary>One or more fields are wrong; <paramref name="errors"/> must not be empty.</summary>
    public static Outcome Invalid(IReadOnlyList<FieldError> errors)
    {
        ArgumentOutOfRangeException.ThrowIfZero(errors.Count, nameof(errors));
        return new(OutcomeKind.Invalid, errors[0].Message, null, errors);
    }

    /// <summary>One field is wrong.</summary>
    public static Outcome Invalid(string field, string message) => Invalid([new FieldError(field, message)]);

    /// <summary>A success that hands back <paramref name="value"/> (e.g. what was created).</summary>
    public static Outcome<T> DoneWith<T>(string message, T value, int? id = null) => new(OutcomeKind.Done, message, id, [], value);

    /// <summary>A conflict that carries the version saved now, so both can be shown side by side.</summary>
    public static Outcome<T> Conflict<T>(string message, T? current) => new(OutcomeKind.Conflict, message, null, [], current);

    /// <summary>Carries this failed outcome over to a typed one (with no value).</summary>
    public Outcome<T> As<T>()
    {
        if (Succeeded)
        {
            throw new InvalidOperationException("Only a failed outcome can be carried over without a value.");
        }

        return new(Kind, Message, Id, Errors, default);
    }
}
