namespace ImgPortal.Core.Records;

/// <summary>
/// A structured record the portal's seed writes and may later correct (ADR 0098): a record staff never edited takes a
/// corrected seed's values on start; one staff edited is kept.
/// </summary>
public interface ISeededRecord : IRecord
{
    /// <summary>
    /// SHA-256 (hex) of the values the seed last wrote to this record; null for a record staff added, or one seeded
    /// before this column existed. A record whose values still hash to it is one staff never changed.
    /// </summary>
    string? SeededHash { get; set; }
}
