using ImgPortal.Core.Common;

namespace ImgPortal.Core.Profiles;

/// <summary>
/// Reads and saves IMG profiles. A member only ever reaches their own (the user id comes from
/// <see cref="ICurrentUser"/>, never from the request); staff may read anyone's.
/// </summary>
public interface IProfileService
{
    Task<ProfileData?> GetOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves the member's own profile and its stage: Done, or Invalid with a message per field (nothing saved).</summary>
    Task<Outcome> SaveOwnAsync(ProfileData data, CancellationToken cancellationToken = default);

    /// <summary>The rules' problems with <paramref name="data"/>, judged today, without saving anything.</summary>
    IReadOnlyList<FieldError> Validate(ProfileData data);

    /// <summary>Anyone's profile for staff; the member's own for themselves; null for anyone else or no profile.</summary>
    Task<ProfileData?> GetByUserIdAsync(string userId, CancellationToken cancellationToken = default);
}
