using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records.WaiverYears;

/// <summary>J-1 waiver program figures by year (<c>/staff/waiver-years</c>), shown on the J-1 waiver page.</summary>
public sealed class WaiverProgramYearRecordType : RecordType<WaiverProgramYear>
{
    public override string Slug => "waiver-years";

    public override string ListTitle => "J-1 waiver figures";

    public override string ListCaption => "Program figures by year, as visitors see them on the J-1 waiver page";

    public override string AddLabel => "Add a year";

    public override string NewTitle => "Add waiver figures";

    public override string ThisRecord => "these figures";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(WaiverProgramYear.ProgramName), "Program", Link: true),
        new(nameof(WaiverProgramYear.Year), "Year"),
        new(nameof(WaiverProgramYear.TotalWaivers), "Waivers a year", Numeric: true),
        new(nameof(WaiverProgramYear.SecondCategoryMax), "Second category at most", Numeric: true),
        new(nameof(WaiverProgramYear.AsOf), "As of"),
    ];

    public override UniqueKey<WaiverProgramYear> Unique { get; } = new(
        candidate => w => w.ProgramName == candidate.ProgramName && w.Year == candidate.Year,
        nameof(WaiverProgramYear.Year),
        "This program already has figures for that year.");

    public override WaiverProgramYear Create() => new() { ProgramName = string.Empty, Source = string.Empty };

    public override IOrderedQueryable<WaiverProgramYear> Order(IQueryable<WaiverProgramYear> records) =>
        records.OrderByDescending(w => w.Year).ThenBy(w => w.ProgramName);

    public override string TitleOf(WaiverProgramYear record) => $"{record.ProgramName} {record.Year}";

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today)) { [nameof(WaiverProgramYear.Year)] = today.Year.ToString(CultureInfo.InvariantCulture) };

    /// <summary>The second category is part of the total, so it cannot be larger (<see cref="WaiverProgramYear.CheckFigures"/>).</summary>
    public override IEnumerable<FieldError> Check(WaiverProgramYear candidate, RecordRules rules) => candidate.CheckFigures();

    protected override IReadOnlyList<RecordField<WaiverProgramYear>> DeclareFields() =>
    [
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.ProgramName), "Program", w => w.ProgramName, (w, v) => w.ProgramName = v)
        {
            Required = "Name the program.", MaxLength = WaiverProgramYear.ProgramNameMaxLength, TooLong = "Keep the program name under 120 characters.", Width = 6,
        },
        new NumberField<WaiverProgramYear>(nameof(WaiverProgramYear.Year), "Year", w => w.Year, (w, v) => w.Year = v, 1990, 2100, "Give a year between 1990 and 2100.")
        {
            Width = 2,
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
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.Source), "Source", w => w.Source, (w, v) => w.Source = v)
        {
            Required = "Say where the figures come from.", MaxLength = WaiverProgramYear.SourceMaxLength, Width = 8,
        },
        new DateField<WaiverProgramYear>(nameof(WaiverProgramYear.AsOf), "As of", w => w.AsOf, (w, v) => w.AsOf = v, "Give the date the figures were true.")
        {
            Width = 4,
        },
        new TextField<WaiverProgramYear>(nameof(WaiverProgramYear.Notes), "Notes", w => w.Notes, (w, v) => w.Notes = v, RecordFieldKind.MultilineText)
        {
            MaxLength = WaiverProgramYear.NotesMaxLength,
        },
    ];
}
