namespace ImgPortal.Core.Common;

/// <summary>How a change ended. See <see cref="Outcome"/>.</summary>
public enum OutcomeKind
{
    /// <summary>The change is saved.</summary>
    Done,

    /// <summary>No such record, or not one this user may see (reported as not found, so ids are not probed).</summary>
    NotFound,

    /// <summary>The record exists and the user may see it, but may not make this change.</summary>
    Forbidden,

    /// <summary>Someone else changed the record since the form was opened: nothing was saved.</summary>
    Conflict,

    /// <summary>A rule refused the input: see <see cref="Outcome.Errors"/> (per field) and <see cref="Outcome.Message"/>.</summary>
    Invalid,
}
