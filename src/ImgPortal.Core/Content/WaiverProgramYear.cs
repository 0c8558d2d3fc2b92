using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content;

/// <summary>A J-1 visa waiver program's figures for one year (e.g. New York's "State 30").</summary>
public class WaiverProgramYear : IVersioned
{
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
}
