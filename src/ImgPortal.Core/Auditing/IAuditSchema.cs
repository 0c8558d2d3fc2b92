namespace ImgPortal.Core.Auditing;

/// <summary>What the data model says about an audited entity's properties, so values are worded by their type (ADR 0049).</summary>
public interface IAuditSchema
{
    /// <summary>The CLR type of <paramref name="property"/> on the entity named <paramref name="entityType"/> (as the trail names it), or null.</summary>
    Type? PropertyType(string entityType, string property);

    /// <summary>
    /// The entity type (as the trail names it) that <paramref name="property"/> points at when it holds another
    /// record's key (a foreign key, or an account's user id), so the value is worded by that record's name; else null.
    /// </summary>
    string? Reference(string entityType, string property) => null;
}
