using ImgPortal.Core.Common;
using ImgPortal.Core.Records;
using ImgPortal.Core.Waivers;

namespace ImgPortal.Core.Content;

/// <summary>
/// A J-1 visa waiver program's figures for one federal fiscal year (e.g. New York's "State 30" in FY2027): the
/// slots it has, how many are used as staff last recorded them from the state's reports, and where its cycle stands.
/// </summary>
public class WaiverProgramYear : IRecord
{
    public const int ProgramNameMaxLength = 120;

    public const int NotesMaxLength = 2000;

    public const int SourceMaxLength = 500;

    public const int SourceUrlMaxLength = 500;

    /// <summary>Fewer slots than this left is "few remaining": members who asked are told once.</summary>
    public const int FewSlotsThreshold = 5;

    public int Id { get; set; }

    public required string ProgramName { get; set; }

    /// <summary>The federal fiscal year, by the calendar year it ends in (<see cref="FederalFiscalYear"/>).</summary>
    public int Year { get; set; }

    /// <summary>The most waivers the state may recommend in the year.</summary>
    public int TotalWaivers { get; set; }

    /// <summary>Of <see cref="TotalWaivers"/>, the most that may go to the second (flexible) category.</summary>
    public int SecondCategoryMax { get; set; }

    /// <summary>True once staff have recorded slots used from a state report; until then the slots used are unknown.</summary>
    public bool SlotsReported { get; set; }

    /// <summary>Slots used so far, flex slots included, as of <see cref="AsOf"/> (meaningful when <see cref="SlotsReported"/>).</summary>
    public int SlotsUsed { get; set; }

    /// <summary>Of <see cref="SlotsUsed"/>, the flex slots.</summary>
    public int FlexUsed { get; set; }

    public WaiverCycleStatus CycleStatus { get; set; }

    public string Notes { get; set; } = string.Empty;

    /// <summary>Where the figures come from, as readers see it named.</summary>
    public required string Source { get; set; }

    /// <summary>The address of the state's report the slots used were taken from (http or https).</summary>
    public string SourceUrl { get; set; } = string.Empty;

    /// <summary>The date the figures were recorded (true on that date).</summary>
    public DateOnly AsOf { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public FederalFiscalYear FiscalYear => new(Year);

    public int SlotsRemaining => Math.Max(0, TotalWaivers - SlotsUsed);

    /// <summary>Reported slots used leave fewer than <see cref="FewSlotsThreshold"/> (and the cycle is not closed).</summary>
    public bool FewSlotsRemain => SlotsReported && SlotsRemaining < FewSlotsThreshold && CycleStatus != WaiverCycleStatus.Closed;

    /// <summary>
    /// The figures' own rules: the flex category is part of the total; slots used fit in the total, flex slots used
    /// fit in the flex category and in the slots used. Returns one message per offending field; none when they agree.
    /// </summary>
    public IReadOnlyList<FieldError> CheckFigures()
    {
        var errors = new List<FieldError>();
        if (SecondCategoryMax > TotalWaivers)
        {
            errors.Add(new FieldError(nameof(SecondCategoryMax), "The second category cannot be more than the waivers a year."));
        }

        if (SlotsUsed > TotalWaivers)
        {
            errors.Add(new FieldError(nameof(SlotsUsed), "Slots used cannot be more than the waivers a year."));
        }

        if (FlexUsed > SecondCategoryMax)
        {
            errors.Add(new FieldError(nameof(FlexUsed), "Flex slots used cannot be more than the flex slots at most."));
        }
        else if (FlexUsed > SlotsUsed)
        {
            errors.Add(new FieldError(nameof(FlexUsed), "Flex slots used are part of the slots used, so they cannot be more."));
        }

        return errors;
    }
}
