using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Records.RoadmapSteps;

/// <summary>
/// The roadmap's steps (<c>/staff/roadmap-steps</c>). The key is set once (the rules and members' own states rely
/// on it); every change recomputes every member's stored stage in the same transaction.
/// </summary>
public sealed class RoadmapStepRecordType(IMemberStages stages) : RecordType<RoadmapStep>
{
    /// <summary>Lowercase letters and digits in words joined by single hyphens, e.g. <c>usmle-step1</c>.</summary>
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public override string Slug => "roadmap-steps";

    public override string ListTitle => "Roadmap steps";

    public override string ListCaption => "Steps in roadmap order, as members see them on their roadmap";

    public override string ListIntro => "Members' stages are worked out from these steps; any change here brings every member's stage up to date.";

    public override string AddLabel => "Add a step";

    public override string NewTitle => "Add a roadmap step";

    public override string ThisRecord => "this step";

    public override string DeletedMessage =>
        "Deleted, with members' own states for it; their stages were brought up to date. The audit trail keeps what it held.";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(RoadmapStep.SortOrder), "Position", Numeric: true),
        new(nameof(RoadmapStep.Title), "Title", Link: true),
        new(nameof(RoadmapStep.Key), "Key", Code: true),
        new(nameof(RoadmapStep.Stage), "Stage"),
    ];

    public override UniqueKey<RoadmapStep> Unique { get; } = new(
        candidate => s => s.Key == candidate.Key, nameof(RoadmapStep.Key), "Another step already has this key.");

    public override RoadmapStep Create() => new() { Key = string.Empty, Title = string.Empty };

    public override IOrderedQueryable<RoadmapStep> Order(IQueryable<RoadmapStep> records) =>
        records.OrderBy(s => s.SortOrder).ThenBy(s => s.Key);

    public override string TitleOf(RoadmapStep record) => record.Title;

    public override string SavedMessage(RoadmapStep record) => $"Saved {record.Title}. Members' stages were brought up to date.";

    public override Task AfterChangeAsync(CancellationToken cancellationToken) => stages.RecomputeAllAsync(cancellationToken);

    protected override IReadOnlyList<RecordField<RoadmapStep>> DeclareFields() =>
    [
        new TextField<RoadmapStep>(nameof(RoadmapStep.Key), "Key", s => s.Key, (s, v) => s.Key = v)
        {
            Required = "Give the step a key.", MaxLength = RoadmapStep.KeyMaxLength, Pattern = SlugPattern,
            FormatMessage = "Use lowercase letters, digits and single hyphens only, e.g. usmle-step1.",
            FixedOnceCreated = true, Width = 4,
            Hint = "Lowercase letters, digits and hyphens. It cannot change once the step is saved.",
            FixedHint = "The key cannot change: the roadmap's rules and members' own states rely on it.",
        },
        new TextField<RoadmapStep>(nameof(RoadmapStep.Title), "Title", s => s.Title, (s, v) => s.Title = v)
        {
            Required = "Give the step a title.", MaxLength = RoadmapStep.TitleMaxLength, Width = 8,
        },
        new ChoiceField<RoadmapStep, RoadmapStage>(
            nameof(RoadmapStep.Stage), "Stage", s => s.Stage, (s, v) => s.Stage = v, RecordLabels.Of,
            "Choose the stage the step belongs to.", "Choose one of the stages listed.", RoadmapStage.Complete)
        {
            Width = 4,
        },
        new NumberField<RoadmapStep>(
            nameof(RoadmapStep.SortOrder), "Position on the roadmap", s => s.SortOrder, (s, v) => s.SortOrder = v, 0, 10_000, "Give a position from 0 to 10,000.")
        {
            Width = 4,
        },
        new TextField<RoadmapStep>(nameof(RoadmapStep.GuidanceSlug), "Guidance page", s => s.GuidanceSlug, (s, v) => s.GuidanceSlug = v)
        {
            MaxLength = RoadmapStep.GuidanceSlugMaxLength, Pattern = SlugPattern,
            FormatMessage = "Give a guidance page's address without the slash, e.g. residency, or leave it empty.", Width = 4,
        },
        new TextField<RoadmapStep>(nameof(RoadmapStep.Description), "Description", s => s.Description, (s, v) => s.Description = v, RecordFieldKind.MultilineText)
        {
            MaxLength = RoadmapStep.DescriptionMaxLength,
        },
        new SourceListField<RoadmapStep>(nameof(RoadmapStep.Sources), "Sources", s => s.Sources, (s, v) => s.Sources = v)
        {
            MaxLength = RoadmapStep.SourcesMaxLength,
            Rows = 2,
            Hint = "Optional. One a line: web address | title | date you checked it (year-month-day), e.g. https://www.nrmp.org/ | NRMP: the Match | 2026-11-26",
        },
    ];
}
