namespace ImgPortal.Core.Auditing;

/// <summary>One changed field in words: which record, which field by its label, the old and new value as plain text.</summary>
public sealed record AuditChange(string Record, string Field, string Before, string After);
