namespace ImgPortal.Core.Auditing;

/// <summary>Names a record the trail mentions by its current title, when its entries do not hold one (ADR 0049).</summary>
public interface IAuditTitles
{
    /// <summary>The current title, name or display name of the record, or null when it is gone or has none.</summary>
    Task<string?> TitleAsync(string entityType, string entityKey, CancellationToken cancellationToken = default);
}
