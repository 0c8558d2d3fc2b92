using ImgPortal.Core.Common;
using ImgPortal.Core.Records;

namespace ImgPortal.Core.Content;

/// <summary>A J-1 visa waiver program's figures for one year (e.g. New York's "State 30").</summary>
public class WaiverProgramYear : IRecord
{
    public const int ProgramNameMaxLength = 120;

    public const int NotesMaxLength = 2000;

    public const int SourceMaxLength = 500;


    public int Id { get; set; }

    public required string ProgramName { get; set; }

    public int Year { get; set; }

    /// <summary>The most waivers the state may recommend in the year.</summary>
    public int TotalWaivers { get; set; }

    /// <summary>Of <see cref="TotalWaivers"/>, the most that may go to the second (flexible) category.</summary>
    public int SecondCategoryMax { get; set; }

    public string Notes { get; set; } = string.Empty;

    public required string Source { get; set; }

    /// <summary>The date the figures were true, or last checked.</summary>
    public DateOnly AsOf { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>
    /// The figures' own rule: the second (flexible) category is part of the year's total, so it cannot be larger.
    /// Returns one message per offending field; none when the figures agree.
    /// </summary>
    public IReadOnlyList<FieldError> CheckFigures() =>
        SecondCategoryMax > TotalWaivers
            ? [new FieldError(nameof(SecondCategoryMax), "The second category cannot be more than the waivers a year.")]
            : [];
}
