namespace ImgPortal.Core.Auditing;

public sealed record AuditRow(
    long Id, string ActionId, DateTime AtUtc, string ActorName, AuditAction Action, string EntityType, string EntityKey, string? BeforeJson, string? AfterJson);
