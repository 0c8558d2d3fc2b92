using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Waivers;

namespace ImgPortal.Core.Records.WaiverYears;

/// <summary>
/// J-1 waiver program figures by federal fiscal year (<c>/staff/waiver-years</c>): slots, slots used as recorded from
/// the state's reports, and the cycle's status. Shown on the J-1 waiver page as the State 30 slot tracker and its chart.
/// </summary>
public sealed class WaiverProgramYearRecordType : RecordType<WaiverProgramYear>
{
    public override string Slug => "waiver-years";

    public override string ListTitle => "J-1 waiver figures";

    public override string ListCaption => "Slots and slots used by federal fiscal year, as visitors see them on the J-1 waiver page";

    public override string? ListIntro =>
        "One record per program and federal fiscal year (October 1 to September 30, named after the year it ends in: "
        + "October 1, 2026 starts FY2027). Update the slots used and the cycle's status as the state reports them; the "
        + "audit trail keeps every earlier figure.";

    public override string AddLabel => "Add a year";

    public override string NewTitle => "Add waiver figures";

    public override string ThisRecord => "these figures";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(WaiverProgramYear.ProgramName), "Program", Link: true),
        new(nameof(WaiverProgramYear.Year), "Fiscal year"),
        new(nameof(WaiverProgramYear.CycleStatus), "Cycle"),
        new(nameof(WaiverProgramYear.TotalWaivers), "Waivers a year", Numeric: true),
        new(nameof(WaiverProgramYear.SlotsUsed), "Used", Numeric: true),
        new(nameof(WaiverProgramYear.AsOf), "Recorded on"),
    ];

    public override UniqueKey<WaiverProgramYear> Unique { get; } = new(
        candidate => w => w.ProgramName == candidate.ProgramName && w.Year == candidate.Year,
        nameof(WaiverProgramYear.Year),
        "This program already has figures for that year.");

    public override WaiverProgramYear Create() => new() { ProgramName = string.Empty, Source = string.Empty, CycleStatus = WaiverCycleStatus.Unknown };

    public override IOrderedQueryable<WaiverProgramYear> Order(IQueryable<WaiverProgramYear> records) =>
        records.OrderByDescending(w => w.Year).ThenBy(w => w.ProgramName);

    public override (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(WaiverProgramYear record) =>
        (Alerts.ChangeTopics.State30, null, "/j1-waiver#waiver-figures");

    public override string TitleOf(WaiverProgramYear record) => $"{record.ProgramName} {record.FiscalYear}";

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today))
        {
            [nameof(WaiverProgramYear.Year)] = FederalFiscalYear.Of(today).Year.ToString(CultureInfo.InvariantCulture),
            [nameof(WaiverProgramYear.TotalWaivers)] = "30",
            [nameof(WaiverProgramYear.SecondCategoryMax)] = "10",
            [nameof(WaiverProgramYear.SlotsUsed)] = "0",
            [nameof(WaiverProgramYear.FlexUsed)] = "0",
            [nameof(WaiverProgramYear.AsOf)] = today.ToString(DateField<WaiverProgramYear>.Format, CultureInfo.InvariantCulture),
        };

    /// <summary>Flex slots and slots used fit in the year's total (<see cref="WaiverProgramYear.CheckFigures"/>).</summary>
    public override IEnumerable<FieldError> Check(WaiverProgramYear candidate, RecordRules rules) => candidate.CheckFigures();

    protected override IReadOnlyList<RecordField<WaiverProgramYear>> DeclareFields() =>
    [
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.ProgramName), "Program", w => w.ProgramName, (w, v) => w.ProgramName = v)
        {
            Required = "Name the program.", MaxLength = WaiverProgramYear.ProgramNameMaxLength, TooLong = "Keep the program name under 120 characters.", Width = 6,
        },
        new NumberField<WaiverProgramYear>(nameof(WaiverProgramYear.Year), "Fiscal year", w => w.Year, (w, v) => w.Year = v, 1990, 2100, "Give a year between 1990 and 2100.")
        {
            Width = 2, Hint = "FY, named after the year it ends in.",
        },
        new NumberField<WaiverProgramYear>(
            nameof(WaiverProgramYear.TotalWaivers), "Waivers a year", w => w.TotalWaivers, (w, v) => w.TotalWaivers = v, 0, 10_000, "Give a number of waivers from 0 to 10,000.")
        {
            Width = 2,
        },
        new NumberField<WaiverProgramYear>(
            nameof(WaiverProgramYear.SecondCategoryMax), "Of which, second category at most", w => w.SecondCategoryMax, (w, v) => w.SecondCategoryMax = v, 0, 10_000, "Give a number from 0 to 10,000.")
        {
            Width = 2,
        },
        new CheckboxField<WaiverProgramYear>(nameof(WaiverProgramYear.SlotsReported), "Slots used are reported", w => w.SlotsReported, (w, v) => w.SlotsReported = v)
        {
            Hint = "Tick once a state report gives the slots used; until then visitors read \"not reported yet\".",
        },
        new NumberField<WaiverProgramYear>(
            nameof(WaiverProgramYear.SlotsUsed), "Slots used", w => w.SlotsUsed, (w, v) => w.SlotsUsed = v, 0, 10_000, "Give a number of slots used from 0 to 10,000.")
        {
            Width = 3, Hint = "Flex slots included.",
        },
        new NumberField<WaiverProgramYear>(
            nameof(WaiverProgramYear.FlexUsed), "Of which, flex slots used", w => w.FlexUsed, (w, v) => w.FlexUsed = v, 0, 10_000, "Give a number from 0 to 10,000.")
        {
            Width = 3,
        },
        new ChoiceField<WaiverProgramYear, WaiverCycleStatus>(
            nameof(WaiverProgramYear.CycleStatus), "Cycle status", w => w.CycleStatus, (w, v) => w.CycleStatus = v, WaiverCycleStatusLabels.Of,
            "Choose where the cycle stands.", "Choose one of the statuses listed.")
        {
            Width = 3,
        },
        new DateField<WaiverProgramYear>(nameof(WaiverProgramYear.AsOf), "Recorded on", w => w.AsOf, (w, v) => w.AsOf = v, "Give the date the figures were recorded.")
        {
            NotAfterToday = "The recorded date cannot be in the future.", Width = 3,
        },
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.SourceUrl), "Source address", w => w.SourceUrl, (w, v) => w.SourceUrl = v, RecordFieldKind.Url)
        {
            Required = "Give the address of the report the figures come from.", MaxLength = WaiverProgramYear.SourceUrlMaxLength,
            FormatMessage = "Give a full web address starting with http:// or https://.", Width = 6,
        },
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.Source), "Source name", w => w.Source, (w, v) => w.Source = v)
        {
            Required = "Say where the figures come from.", MaxLength = WaiverProgramYear.SourceMaxLength, Width = 6,
        },
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.Notes), "Notes", w => w.Notes, (w, v) => w.Notes = v, RecordFieldKind.MultilineText)
        {
            MaxLength = WaiverProgramYear.NotesMaxLength,
        },
    ];
}
