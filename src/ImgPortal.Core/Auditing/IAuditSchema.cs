namespace ImgPortal.Core.Auditing;

/// <summary>What the data model says about an audited entity's properties, so values are worded by their type (ADR 0049).</summary>
public interface IAuditSchema
{
    /// <summary>The CLR type of <paramref name="property"/> on the entity named <paramref name="entityType"/> (as the trail names it), or null.</summary>
    Type? PropertyType(string entityType, string property);
}
