using System.Globalization;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Records.SeasonDates;

/// <summary>
/// Match season dates by cycle (<c>/staff/season-dates</c>), each with the organization that sets it, its sources
/// and the day it was checked; shown on <c>/dates</c>, members' roadmaps and calendars. A date not announced yet
/// is saved without a day and with when it usually is.
/// </summary>
public sealed class SeasonDateRecordType : RecordType<SeasonDate>
{
    public override string Slug => "season-dates";

    public override string ListTitle => "Season dates";

    public override string ListCaption => "Match season dates by cycle, as /dates, roadmaps and calendars show them";

    public override string AddLabel => "Add a date";

    public override string NewTitle => "Add a season date";

    public override string ThisRecord => "this date";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(SeasonDate.Cycle), "Match year"),
        new(nameof(SeasonDate.Date), "Date"),
        new(nameof(SeasonDate.Title), "What", Link: true),
        new(nameof(SeasonDate.Organization), "Set by"),
        new(nameof(SeasonDate.Kind), "Kind"),
    ];

    public override SeasonDate Create() => new() { Title = string.Empty };

    public override IOrderedQueryable<SeasonDate> Order(IQueryable<SeasonDate> records) =>
        records.OrderByDescending(d => d.Cycle).ThenBy(d => d.Date == null).ThenBy(d => d.Date);

    public override string TitleOf(SeasonDate record) => $"{record.Title} {record.Cycle}";

    public override (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(SeasonDate record) =>
        (Alerts.ChangeTopics.MatchDates, null, "/residency");

    public override string SavedMessage(SeasonDate record) =>
        $"Saved {record.Title} ({record.Date?.ToString(DateField<SeasonDate>.Format, CultureInfo.InvariantCulture) ?? "not announced yet"}).";

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today)) { [nameof(SeasonDate.Cycle)] = (today.Year + 1).ToString(CultureInfo.InvariantCulture) };

    protected override IReadOnlyList<RecordField<SeasonDate>> DeclareFields() =>
    [
        new TextField<SeasonDate>(nameof(SeasonDate.Title), "What", d => d.Title, (d, v) => d.Title = v)
        {
            Required = "Say what happens on the date.", MaxLength = SeasonDate.TitleMaxLength, TooLong = "Keep the title under 200 characters.", Width = 6,
        },
        new CheckboxField<SeasonDate>("NotAnnounced", "Not announced yet", d => d.Date is null, (d, v) => d.NotAnnouncedTicked = v)
        {
            Hint = "Tick it while the organization has not published the day, leave the date empty and say below when it usually is.",
        },
        new SeasonDateDayField { Width = 2 },
        new ChoiceField<SeasonDate, SeasonDateKind>(
            nameof(SeasonDate.Kind), "Kind of date", d => d.Kind, (d, v) => d.Kind = v, RecordLabels.Of, "Choose the kind of date.", "Choose one of the kinds listed.")
        {
            Width = 2,
        },
        new NumberField<SeasonDate>(nameof(SeasonDate.Cycle), "Match year", d => d.Cycle, (d, v) => d.Cycle = v, 2000, 2100, "Give a Match year between 2000 and 2100.")
        {
            Width = 2,
        },
        new ChoiceField<SeasonDate, DateOrganization>(
            nameof(SeasonDate.Organization), "Set by", d => d.Organization, (d, v) => d.Organization = v, RecordLabels.Of, "Choose who sets the date.", "Choose one of the organizations listed.")
        {
            Width = 4,
        },
        new ChoiceField<SeasonDate, DateMilestone>(
            nameof(SeasonDate.Milestone), "Step of the cycle", d => d.Milestone, (d, v) => d.Milestone = v, RecordLabels.Of, "Choose the step of the cycle, or Other.", "Choose one of the steps listed.")
        {
            Width = 4, Hint = "The roadmap's Match-cycle rule reads the rank-order-list deadline, the Pathways deadline and when programs start receiving applications.",
        },
        new TextField<SeasonDate>(nameof(SeasonDate.UsuallyWhen), "Usually announced or held", d => d.UsuallyWhen, (d, v) => d.UsuallyWhen = v)
        {
            MaxLength = SeasonDate.UsuallyWhenMaxLength, TooLong = "Keep it under 200 characters.", Width = 8,
            Hint = "For a date not announced yet, e.g. \"NRMP usually publishes it in the summer; Match Day is usually the third Friday of March\".",
        },
        new SourceListField<SeasonDate>(nameof(SeasonDate.Sources), "Sources", d => d.Sources, (d, v) => d.Sources = v)
        {
            MaxLength = SeasonDate.SourcesMaxLength, Hint = "One a line: address | title | date checked (yyyy-MM-dd).",
        },
        new OptionalDateField<SeasonDate>(nameof(SeasonDate.CheckedOn), "Checked on", d => d.CheckedOn, (d, v) => d.CheckedOn = v)
        {
            Width = 3, Hint = "The day you last checked the date against its sources.",
        },
        new TextField<SeasonDate>(nameof(SeasonDate.Notes), "Notes", d => d.Notes, (d, v) => d.Notes = v, RecordFieldKind.MultilineText)
        {
            MaxLength = SeasonDate.NotesMaxLength,
        },
    ];
}
