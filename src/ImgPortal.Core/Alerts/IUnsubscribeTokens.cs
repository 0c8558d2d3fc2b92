namespace ImgPortal.Core.Alerts;

/// <summary>Signs and reads the one-click unsubscribe links of alert e-mails (a member's id and an expiry).</summary>
public interface IUnsubscribeTokens
{
    string Sign(string userId, DateTime expiresAtUtc);

    UnsubscribeToken Read(string? token);
}

public enum UnsubscribeTokenStatus
{
    Valid,
    Invalid,
    Expired,
}

/// <summary>What a link said: <see cref="UserId"/> is set only when <see cref="Status"/> is valid.</summary>
public sealed record UnsubscribeToken(UnsubscribeTokenStatus Status, string? UserId);
