using System.Globalization;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Records.SeasonDates;

/// <summary>Match season dates (<c>/staff/season-dates</c>), shown on every member's roadmap and calendar.</summary>
public sealed class SeasonDateRecordType : RecordType<SeasonDate>
{
    public override string Slug => "season-dates";

    public override string ListTitle => "Season dates";

    public override string ListCaption => "Match season dates by year, as members see them on their roadmap and calendar";

    public override string AddLabel => "Add a date";

    public override string NewTitle => "Add a season date";

    public override string ThisRecord => "this date";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(SeasonDate.Cycle), "Match year"),
        new(nameof(SeasonDate.Date), "Date"),
        new(nameof(SeasonDate.Title), "What", Link: true),
        new(nameof(SeasonDate.Kind), "Kind"),
    ];

    public override SeasonDate Create() => new() { Title = string.Empty };

    public override IOrderedQueryable<SeasonDate> Order(IQueryable<SeasonDate> records) =>
        records.OrderByDescending(d => d.Cycle).ThenBy(d => d.Date);

    public override string TitleOf(SeasonDate record) => $"{record.Title} {record.Cycle}";

    public override (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(SeasonDate record) =>
        (Alerts.ChangeTopics.MatchDates, null, "/residency");

    public override string SavedMessage(SeasonDate record) =>
        $"Saved {record.Title} ({record.Date.ToString(DateField<SeasonDate>.Format, CultureInfo.InvariantCulture)}).";

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today)) { [nameof(SeasonDate.Cycle)] = (today.Year + 1).ToString(CultureInfo.InvariantCulture) };

    protected override IReadOnlyList<RecordField<SeasonDate>> DeclareFields() =>
    [
        new TextField<SeasonDate>(nameof(SeasonDate.Title), "What", d => d.Title, (d, v) => d.Title = v)
        {
            Required = "Say what happens on the date.", MaxLength = SeasonDate.TitleMaxLength, TooLong = "Keep the title under 200 characters.", Width = 6,
        },
        new DateField<SeasonDate>(nameof(SeasonDate.Date), "Date", d => d.Date, (d, v) => d.Date = v, "Give the date.")
        {
            Width = 2,
        },
        new ChoiceField<SeasonDate, SeasonDateKind>(
            nameof(SeasonDate.Kind), "Kind of date", d => d.Kind, (d, v) => d.Kind = v, RecordLabels.Of, "Choose the kind of date.", "Choose one of the kinds listed.")
        {
            Width = 2,
        },
        new NumberField<SeasonDate>(nameof(SeasonDate.Cycle), "Match year", d => d.Cycle, (d, v) => d.Cycle = v, 2000, 2100, "Give a Match year between 2000 and 2100.")
        {
            Width = 2,
        },
        new TextField<SeasonDate>(nameof(SeasonDate.Notes), "Notes", d => d.Notes, (d, v) => d.Notes = v, RecordFieldKind.MultilineText)
        {
            MaxLength = SeasonDate.NotesMaxLength,
        },
    ];
}
