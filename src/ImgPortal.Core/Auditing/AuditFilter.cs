namespace ImgPortal.Core.Auditing;

/// <summary>
/// What the audit page filters by. All optional; <paramref name="EntityType"/> keeps actions that touched that kind of
/// record; dates are inclusive days in the staff time zone (<c>Staff:TimeZone</c>).
/// </summary>
public sealed record AuditFilter(string? EntityType, string? Actor, DateOnly? From, DateOnly? To);
