using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Costs;

namespace ImgPortal.Core.Records.Fees;

/// <summary>
/// Fees on the way to residency (<c>/staff/fees</c>), used by the cost planner at <c>/costs</c>. An unknown amount is
/// left empty, never 0; a price band (ERAS per program, NRMP extra ranks) is a record of its own (ADR 0073).
/// </summary>
public sealed class FeeRecordType : RecordType<Fee>
{
    public override string Slug => "fees";

    public override string ListTitle => "Fees";

    public override string ListCaption => "Fees by what they pay for and the cycle or year they apply to, as the cost planner uses them";

    public override string? ListIntro =>
        "Leave both amounts empty when no source confirms the fee, and say in the notes what is not known: the planner then shows it as unknown, never as 0. "
        + "The planner uses each item's records of the latest cycle or year.";

    public override string AddLabel => "Add a fee";

    public override string NewTitle => "Add a fee";

    public override string ThisRecord => "this fee";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(Fee.Purpose), "What it is for", Link: true),
        new(nameof(Fee.AppliesTo), "Cycle or year"),
        new(nameof(Fee.AmountLow), "Low", Numeric: true),
        new(nameof(Fee.AmountHigh), "High", Numeric: true),
        new(nameof(Fee.Scaling), "Scales"),
        new(nameof(Fee.CheckedOn), "Checked"),
    ];

    public override UniqueKey<Fee> Unique { get; } = new(
        candidate => f => f.Item == candidate.Item && f.AppliesTo == candidate.AppliesTo && f.TierFrom == candidate.TierFrom && f.Item != FeeItem.Other,
        nameof(Fee.TierFrom),
        "This item already has a fee for that cycle or year starting at that program.");

    public override Fee Create() => new();

    public override IOrderedQueryable<Fee> Order(IQueryable<Fee> records) =>
        records.OrderBy(f => f.Item).ThenByDescending(f => f.AppliesTo).ThenBy(f => f.TierFrom);

    public override string TitleOf(Fee record) => $"{record.Purpose} ({record.AppliesTo.ToString(CultureInfo.InvariantCulture)})";

    public override (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(Fee record) =>
        (Alerts.ChangeTopics.Fees, null, "/costs");

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today))
        {
            [nameof(Fee.AppliesTo)] = today.Year.ToString(CultureInfo.InvariantCulture),
            [nameof(Fee.Currency)] = "USD",
            [nameof(Fee.TierFrom)] = "1",
            [nameof(Fee.CheckedOn)] = today.ToString(DateField<Fee>.Format, CultureInfo.InvariantCulture),
        };

    public override IEnumerable<FieldError> Check(Fee candidate, RecordRules rules) => FeeRules.Check(candidate);

    protected override IReadOnlyList<RecordField<Fee>> DeclareFields() =>
    [
        new ChoiceField<Fee, FeeItem>(nameof(Fee.Item), "Item", f => f.Item, (f, v) => f.Item = v, FeeLabels.Of, "Choose what the fee pays for.", "Choose one of the items listed.")
        {
            Width = 6, Hint = "The planner finds the fee by this item; \"Other\" fees are listed on /costs but not counted.",
        },
        new TextField<Fee>(nameof(Fee.Purpose), "What it is for", f => f.Purpose, (f, v) => f.Purpose = v)
        {
            Required = "Say what the fee is for.", MaxLength = Fee.PurposeMaxLength, Width = 6,
        },
        new TextField<Fee>(nameof(Fee.ChargedBy), "Who charges it", f => f.ChargedBy, (f, v) => f.ChargedBy = v)
        {
            Required = "Say who charges the fee.", MaxLength = Fee.ChargedByMaxLength, Width = 6,
        },
        new NumberField<Fee>(nameof(Fee.AppliesTo), "Match cycle or year", f => f.AppliesTo, (f, v) => f.AppliesTo = v, 2000, 2100, "Give a cycle or year between 2000 and 2100.")
        {
            Width = 3,
        },
        new TextField<Fee>(nameof(Fee.Currency), "Currency", f => f.Currency, (f, v) => f.Currency = v.ToUpperInvariant())
        {
            Required = "Give the currency, e.g. USD.", MaxLength = Fee.CurrencyMaxLength, Width = 3, Hint = "Three letters, e.g. USD.",
        },
        new AmountField<Fee>(nameof(Fee.AmountLow), "Amount (low)", f => f.AmountLow, (f, v) => f.AmountLow = v)
        {
            Width = 3, Hint = "Empty when not known.",
        },
        new AmountField<Fee>(nameof(Fee.AmountHigh), "Amount (high)", f => f.AmountHigh, (f, v) => f.AmountHigh = v)
        {
            Width = 3, Hint = "The same as the low amount for a fixed fee.",
        },
        new ChoiceField<Fee, FeeScaling>(nameof(Fee.Scaling), "How it scales", f => f.Scaling, (f, v) => f.Scaling = v, FeeLabels.Of, "Choose how the fee scales.", "Choose one of the ways listed.")
        {
            Width = 6,
        },
        new NumberField<Fee>(nameof(Fee.TierFrom), "Band: from program or rank", f => f.TierFrom, (f, v) => f.TierFrom = v, 1, 1000, "Give a number from 1 to 1,000.")
        {
            Width = 3, Hint = "1 unless the fee has price bands.",
        },
        new OptionalNumberField<Fee>(nameof(Fee.TierTo), "Band: to program or rank", f => f.TierTo, (f, v) => f.TierTo = v, 1, 1000, "Give a number from 1 to 1,000, or leave it empty.")
        {
            Width = 3, Hint = "Empty when the band has no upper end.", EmptyText = "No upper end",
        },
        new TextField<Fee>(nameof(Fee.Notes), "Notes: what is not known, how it is charged", f => f.Notes, (f, v) => f.Notes = v, RecordFieldKind.MultilineText)
        {
            MaxLength = Fee.NotesMaxLength,
        },
        new SourceListField<Fee>(nameof(Fee.Sources), "Sources", f => f.Sources, (f, v) => f.Sources = v)
        {
            Required = "Give at least one source.",
            MaxLength = Fee.SourcesMaxLength,
            Rows = 3,
            Hint = "One a line: web address | title | date you verified it (year-month-day), e.g. https://www.ecfmg.org/fees/ | ECFMG: fees | 2026-12-07",
        },
        new DateField<Fee>(nameof(Fee.CheckedOn), "Checked on", f => f.CheckedOn, (f, v) => f.CheckedOn = v, "Give the date the fee was checked.")
        {
            Width = 4, NotAfterToday = "The checked date cannot be in the future.",
        },
    ];
}
