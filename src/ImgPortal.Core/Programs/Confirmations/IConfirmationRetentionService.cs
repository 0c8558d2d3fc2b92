namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// Clears coordinators' e-mail addresses <see cref="ProgramConfirmationOptions.EmailRetentionDays"/> days after their
/// request is finished (ADR 0091); run by the retention job under its lease.
/// </summary>
public interface IConfirmationRetentionService
{
    /// <summary>Clears every address past its time; returns how many were cleared.</summary>
    Task<int> ClearFinishedAddressesAsync(CancellationToken cancellationToken = default);
}
