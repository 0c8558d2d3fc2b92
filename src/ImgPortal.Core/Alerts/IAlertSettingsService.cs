using ImgPortal.Core.Common;

namespace ImgPortal.Core.Alerts;

/// <summary>The signed-in member's follow settings (<c>/alerts</c>) and the one-click unsubscribe.</summary>
public interface IAlertSettingsService
{
    Task<AlertSettings> GetOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>The member's follow settings as stored, for her personal-data download; null when she never saved any.</summary>
    Task<SavedAlertSettings?> GetSavedOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>The rules' messages, one per offending field (<c>Topics</c>, <c>States</c>).</summary>
    IReadOnlyList<FieldError> Validate(AlertSettings settings);

    Task<Outcome> SaveOwnAsync(AlertSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Checks an unsubscribe link without changing anything.</summary>
    UnsubscribeTokenStatus Check(string? token);

    /// <summary>Turns alerts off for the member the link names; refused for a tampered or expired link.</summary>
    Task<Outcome> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default);
}
