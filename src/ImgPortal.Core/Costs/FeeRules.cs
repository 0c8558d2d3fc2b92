using ImgPortal.Core.Common;

namespace ImgPortal.Core.Costs;

/// <summary>The rules a fee record keeps beyond each field's own: both amounts or neither, low not above high, bands in order.</summary>
public static class FeeRules
{
    public const string BothOrNeither = "Give both amounts, or leave both empty when the fee is not known.";

    public const string HighBelowLow = "The high amount cannot be below the low amount.";

    public const string BandBackwards = "The band cannot end before it starts.";

    public const string BandsOnlyPerProgram = "Only fees per program or per extra rank have bands: start at 1 and leave the end empty.";

    public const string UnknownNeedsNote = "Say in the notes what is not known about the fee.";

    public static IEnumerable<FieldError> Check(Fee fee)
    {
        if ((fee.AmountLow is null) != (fee.AmountHigh is null))
        {
            yield return new FieldError(fee.AmountLow is null ? nameof(Fee.AmountLow) : nameof(Fee.AmountHigh), BothOrNeither);
        }
        else if (fee.AmountLow > fee.AmountHigh)
        {
            yield return new FieldError(nameof(Fee.AmountHigh), HighBelowLow);
        }

        if (!fee.IsKnown && fee.AmountLow is null && fee.AmountHigh is null && string.IsNullOrWhiteSpace(fee.Notes))
        {
            yield return new FieldError(nameof(Fee.Notes), UnknownNeedsNote);
        }

        if (fee.TierTo is { } to && to < fee.TierFrom)
        {
            yield return new FieldError(nameof(Fee.TierTo), BandBackwards);
        }

        if (fee.Scaling is not (FeeScaling.PerProgram or FeeScaling.PerExtraRank) && (fee.TierFrom != 1 || fee.TierTo is not null))
        {
            yield return new FieldError(nameof(Fee.TierFrom), BandsOnlyPerProgram);
        }
    }
}
