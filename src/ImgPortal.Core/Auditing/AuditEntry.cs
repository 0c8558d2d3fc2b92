namespace ImgPortal.Core.Auditing;

/// <summary>
/// One change made by staff or an admin: who, what, when, before and after. Holds no foreign keys, so it
/// outlives what it describes (ADR 0011). Written by the audit interceptor; the one other writer is the seed's
/// correction of a record staff never edited (RecordSeeder, ADR 0098), named as its actor.
/// </summary>
public class AuditEntry
{
    /// <summary>The length of <see cref="ActionId"/> in both schemas.</summary>
    public const int ActionIdLength = 40;

    public long Id { get; set; }

    /// <summary>
    /// Groups the entries of one staff action: every entry written while handling one request (one
    /// interceptor instance) shares it, so one publish reads as one entry (ADR 0049).
    /// </summary>
    public string ActionId { get; set; } = string.Empty;

    public DateTime AtUtc { get; set; }

    public string? ActorUserId { get; set; }

    /// <summary>The actor's name at the time (the account may be renamed or deleted later).</summary>
    public string ActorName { get; set; } = string.Empty;

    public AuditAction Action { get; set; }

    /// <summary>The entity's CLR type name, e.g. <c>GuidancePage</c> or <c>IdentityUserRole</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>The primary key's values, joined with <c>,</c>.</summary>
    public required string EntityKey { get; set; }

    /// <summary>JSON object of property values before the change (changed properties only for a modification); null when added.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>JSON object of property values after the change (changed properties only for a modification); null when deleted.</summary>
    public string? AfterJson { get; set; }
}
