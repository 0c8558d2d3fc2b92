namespace ImgPortal.Core.Auditing;

/// <summary>A kind of record the audit page filters by: the trail's type name and its name in words.</summary>
public sealed record AuditKind(string EntityType, string Name);
