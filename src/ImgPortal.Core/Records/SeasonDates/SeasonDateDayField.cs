using System.Globalization;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Records.SeasonDates;

/// <summary>
/// The day of a season date: required unless "not announced yet" is ticked (that field is declared first, so
/// it is already written), in which case the day must be left empty: a date never announced is never guessed.
/// </summary>
public sealed class SeasonDateDayField() : RecordField<SeasonDate>(nameof(SeasonDate.Date), "Date", RecordFieldKind.Date)
{
    public override string Display(string value) => value.Length == 0 ? "Not announced" : value;

    public override string Read(SeasonDate entity) =>
        entity.Date?.ToString(DateField<SeasonDate>.Format, CultureInfo.InvariantCulture) ?? string.Empty;

    public override string? Write(SeasonDate entity, string text, RecordRules rules)
    {
        if (entity.NotAnnouncedTicked)
        {
            if (text.Length > 0)
            {
                return "Leave the date empty while it is not announced, or untick \"Not announced yet\".";
            }

            entity.Date = null;
            return null;
        }

        if (!DateOnly.TryParseExact(text, DateField<SeasonDate>.Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return text.Length == 0 ? "Give the date." : "Give the date as year-month-day, e.g. 2026-01-31.";
        }

        entity.Date = date;
        return null;
    }
}
