namespace ImgPortal.Core.Common;

/// <summary>
/// An <see cref="Outcome"/> that carries a value: what was created or saved on success, or, on a
/// <see cref="OutcomeKind.Conflict"/>, the version that is saved now (so the conflict page can show both).
/// Made by <see cref="Outcome.DoneWith{T}"/>, <see cref="Outcome.Conflict{T}"/> and <see cref="Outcome.As{T}"/>.
/// </summary>
public sealed class Outcome<T> : Outcome
{
    internal Outcome(OutcomeKind kind, string message, int? id, IReadOnlyList<FieldError> errors, T? value)
        : base(kind, message, id, errors)
    {
        Value = value;
    }

    public T? Value { get; }
}
