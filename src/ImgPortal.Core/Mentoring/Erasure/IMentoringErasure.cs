namespace ImgPortal.Core.Mentoring.Erasure;

/// <summary>Takes a person out of the mentoring program when their account is deleted, keeping its history anonymous.</summary>
public interface IMentoringErasure
{
    /// <summary>
    /// Anonymizes the user's mentor entry, requests and feedback and ends their open pairings, in the context's
    /// change tracker only: the caller saves, in the same save that deletes the account.
    /// </summary>
    Task AnonymizeAsync(string userId, CancellationToken cancellationToken = default);
}
