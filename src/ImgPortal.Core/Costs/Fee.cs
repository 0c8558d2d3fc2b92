using ImgPortal.Core.Records;

namespace ImgPortal.Core.Costs;

/// <summary>
/// One fee an IMG pays on the way to residency (staff-editable, seeded): what it is for, who charges it, the amount as a
/// low–high range (both null when no source confirms it: unknown, never 0), how it scales, the Match cycle or year it
/// applies to, its sources and when they were checked. A price band (e.g. ERAS's programs 31 and up) is a record of its
/// own with <see cref="TierFrom"/> and <see cref="TierTo"/> (ADR 0073).
/// </summary>
public class Fee : ISeededRecord
{
    public const int PurposeMaxLength = 200;

    public const int ChargedByMaxLength = 120;

    public const int CurrencyMaxLength = 3;

    public const int NotesMaxLength = 1000;

    public const int SourcesMaxLength = 2000;

    public int Id { get; set; }

    public FeeItem Item { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public string ChargedBy { get; set; } = string.Empty;

    /// <summary>The lowest amount charged; null when not known.</summary>
    public decimal? AmountLow { get; set; }

    /// <summary>The highest amount charged (the same as <see cref="AmountLow"/> for a fixed fee); null when not known.</summary>
    public decimal? AmountHigh { get; set; }

    public string Currency { get; set; } = "USD";

    public FeeScaling Scaling { get; set; }

    /// <summary>The first program (or rank) of the band the amount applies to; 1 for a fee without bands.</summary>
    public int TierFrom { get; set; } = 1;

    /// <summary>The last program (or rank) of the band; null when the band has no upper end.</summary>
    public int? TierTo { get; set; }

    /// <summary>The Match cycle or calendar year the amount applies to, e.g. <c>2026</c>.</summary>
    public int AppliesTo { get; set; }

    /// <summary>What is not known about the fee, or how it is charged; shown beside the amount.</summary>
    public string Notes { get; set; } = string.Empty;

    /// <summary>Sources, one a line as "URL | title | yyyy-MM-dd".</summary>
    public string Sources { get; set; } = string.Empty;

    public DateOnly CheckedOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <inheritdoc/>
    public string? SeededHash { get; set; }

    public bool IsKnown => AmountLow is not null && AmountHigh is not null;
}
