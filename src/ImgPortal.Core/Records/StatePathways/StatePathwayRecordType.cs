using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records.StatePathways;

/// <summary>States' actions on IMG pathways (<c>/staff/state-pathways</c>), shown on the state pathways page.</summary>
public sealed class StatePathwayRecordType : RecordType<StatePathway>
{
    public override string Slug => "state-pathways";

    public override string ListTitle => "State pathways";

    public override string ListCaption => "States' actions on IMG pathways, as visitors see them on the state pathways page";

    public override string AddLabel => "Add a state action";

    public override string NewTitle => "Add a state action";

    public override string ThisRecord => "this state action";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(StatePathway.State), "State", Link: true),
        new(nameof(StatePathway.Kind), "Kind"),
        new(nameof(StatePathway.AsOf), "As of"),
    ];

    public override StatePathway Create() =>
        new() { State = string.Empty, Description = string.Empty, Requirements = string.Empty, Source = string.Empty };

    public override IOrderedQueryable<StatePathway> Order(IQueryable<StatePathway> records) =>
        records.OrderBy(s => s.State).ThenBy(s => s.AsOf);

    public override string TitleOf(StatePathway record) => $"{record.State}: {RecordLabels.Of(record.Kind)}";

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today)) { [nameof(StatePathway.AsOf)] = today.ToString(DateField<StatePathway>.Format, System.Globalization.CultureInfo.InvariantCulture) };

    protected override IReadOnlyList<RecordField<StatePathway>> DeclareFields() =>
    [
        new TextField<StatePathway>(nameof(StatePathway.State), "State", s => s.State, (s, v) => s.State = v)
        {
            Required = "Name the state.", MaxLength = StatePathway.StateMaxLength, Width = 4,
        },
        new ChoiceField<StatePathway, PathwayKind>(
            nameof(StatePathway.Kind), "Kind of action", s => s.Kind, (s, v) => s.Kind = v, RecordLabels.Of, "Choose the kind of action.", "Choose one of the kinds listed.")
        {
            Width = 5,
        },
        new DateField<StatePathway>(nameof(StatePathway.AsOf), "As of", s => s.AsOf, (s, v) => s.AsOf = v, "Give the date this was true.")
        {
            NotAfterToday = "The as-of date cannot be in the future.", Width = 3,
        },
        new TextField<StatePathway>(nameof(StatePathway.Description), "Description", s => s.Description, (s, v) => s.Description = v, RecordFieldKind.MultilineText)
        {
            Required = "Describe the action.", MaxLength = StatePathway.DescriptionMaxLength,
        },
        new TextField<StatePathway>(nameof(StatePathway.Requirements), "Requirements", s => s.Requirements, (s, v) => s.Requirements = v, RecordFieldKind.MultilineText)
        {
            Required = "Say what an IMG must have to use it.", MaxLength = StatePathway.RequirementsMaxLength,
        },
        new TextField<StatePathway>(nameof(StatePathway.Source), "Source", s => s.Source, (s, v) => s.Source = v)
        {
            Required = "Say where this comes from.", MaxLength = StatePathway.SourceMaxLength,
        },
    ];
}
