using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Log;

/// <summary>
/// A pairing's shared log. Its two people add entries while the pairing is active; only an entry's author
/// changes or deletes it; either of them marks a goal done. Anyone else gets "not found".
/// </summary>
public interface IPairingLogService
{
    Task<Outcome> AddAsync(int pairingId, LogEntryDetails details, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every rule an entry breaks, checked against today (<see cref="LogRules"/>), without saving: so a form refused
    /// for one field (a date that is not a date) lists the others' problems at the same time.
    /// </summary>
    IReadOnlyList<FieldError> Check(LogEntryDetails details);

    /// <summary>The entry, for its author only; null for anyone else.</summary>
    Task<OwnLogEntry?> GetOwnAsync(int entryId, CancellationToken cancellationToken = default);

    Task<Outcome> UpdateAsync(int entryId, LogEntryDetails details, CancellationToken cancellationToken = default);

    Task<Outcome> DeleteAsync(int entryId, CancellationToken cancellationToken = default);

    /// <summary>Marks a goal done, or open again.</summary>
    Task<Outcome> SetDoneAsync(int entryId, bool done, CancellationToken cancellationToken = default);
}
