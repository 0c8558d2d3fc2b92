using ImgPortal.Core.Common;

namespace ImgPortal.Core.Profiles.Outcomes;

/// <summary>The signed-in member's own outcomes: nobody else's can be read or changed through it.</summary>
public interface IMemberOutcomeService
{
    /// <summary>The member's outcomes, latest first.</summary>
    Task<IReadOnlyList<OwnOutcome>> ListOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>One of the member's outcomes; null for anyone else's.</summary>
    Task<OwnOutcome?> GetOwnAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>The rules' messages for <paramref name="details"/> (what adding or saving them would refuse), for a form shown again.</summary>
    IReadOnlyList<FieldError> Validate(OutcomeDetails details);

    Task<Outcome> AddAsync(OutcomeDetails details, CancellationToken cancellationToken = default);

    Task<Outcome> UpdateAsync(int id, OutcomeDetails details, CancellationToken cancellationToken = default);

    Task<Outcome> DeleteAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>A member's outcomes for staff; empty for anyone else.</summary>
    Task<IReadOnlyList<OwnOutcome>> ListForStaffAsync(string memberUserId, CancellationToken cancellationToken = default);
}
