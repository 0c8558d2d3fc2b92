using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records.StatePathways;

/// <summary>
/// States' pathways for IMGs (<c>/staff/state-pathways</c>), shown on <c>/state-pathways</c> and each state's page.
/// The nine requirements are a text and a status each; the sources are one a line (ADR 0040).
/// </summary>
public sealed class StatePathwayRecordType : RecordType<StatePathway>
{
    public override string Slug => "state-pathways";

    public override string ListTitle => "State pathways";

    public override string ListCaption => "States' pathways for IMGs, as visitors see them on the state pathways pages";

    public override string? ListIntro =>
        "Every change saved here is listed on the state's public page as a dated change log. Mark a requirement unknown when no source confirms it.";

    public override string AddLabel => "Add a state pathway";

    public override string NewTitle => "Add a state pathway";

    public override string ThisRecord => "this state pathway";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(StatePathway.Name), "Pathway", Link: true),
        new(nameof(StatePathway.State), "State"),
        new(nameof(StatePathway.Status), "Status"),
    ];

    public override StatePathway Create() => new();

    public override IOrderedQueryable<StatePathway> Order(IQueryable<StatePathway> records) =>
        records.OrderByStateName(s => s.State).ThenBy(s => s.Name);

    public override string TitleOf(StatePathway record) => $"{UsStates.NameOf(record.State)}: {record.Name}";

    public override (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(StatePathway record) =>
        (Alerts.ChangeTopics.StatePathways, record.State, "/state-pathways/" + record.State.ToLowerInvariant());

    public override IEnumerable<FieldError> Check(StatePathway candidate, RecordRules rules)
    {
        if (candidate.EndsOn is { } end && candidate.EffectiveOn is { } effective && end < effective)
        {
            yield return new FieldError(nameof(StatePathway.EndsOn), "The end date cannot be before the effective date.");
        }

        if (candidate.EnactedOn is { } enacted && enacted > rules.Today)
        {
            yield return new FieldError(nameof(StatePathway.EnactedOn), "The enacted date cannot be in the future.");
        }
    }

    protected override IReadOnlyList<RecordField<StatePathway>> DeclareFields()
    {
        var fields = new List<RecordField<StatePathway>>
        {
            new StateField<StatePathway>(nameof(StatePathway.State), "State", s => s.State, (s, v) => s.State = v, "Choose the state.") { Width = 4 },
            new TextField<StatePathway>(nameof(StatePathway.Name), "Name of the pathway", s => s.Name, (s, v) => s.Name = v)
            {
                Required = "Name the pathway.", MaxLength = StatePathway.NameMaxLength, Width = 8,
            },
            new ChoiceField<StatePathway, PathwayKind>(
                nameof(StatePathway.Kind), "Kind", s => s.Kind, (s, v) => s.Kind = v, RecordLabels.Of, "Choose the kind of pathway.", "Choose one of the kinds listed.")
            {
                Width = 6,
            },
            new ChoiceField<StatePathway, PathwayStatus>(
                nameof(StatePathway.Status), "Status", s => s.Status, (s, v) => s.Status = v, RecordLabels.Of, "Choose where the pathway stands.", "Choose one of the statuses listed.")
            {
                Width = 6, Hint = "Ended and failed pathways appear only in the history.",
            },
            new TextField<StatePathway>(nameof(StatePathway.BillCitation), "Bill", s => s.BillCitation, (s, v) => s.BillCitation = v)
            {
                MaxLength = StatePathway.CitationMaxLength, Width = 6, Hint = "E.g. \"SB 601 (2025)\"; leave empty when there is none.",
            },
            new TextField<StatePathway>(nameof(StatePathway.StatuteCitation), "Statute", s => s.StatuteCitation, (s, v) => s.StatuteCitation = v)
            {
                MaxLength = StatePathway.CitationMaxLength, Width = 6, Hint = "Leave empty when there is none or it is not known.",
            },
            new OptionalDateField<StatePathway>(nameof(StatePathway.EnactedOn), "Enacted on", s => s.EnactedOn, (s, v) => s.EnactedOn = v) { Width = 4, Hint = "Empty when not known." },
            new OptionalDateField<StatePathway>(nameof(StatePathway.EffectiveOn), "Effective on", s => s.EffectiveOn, (s, v) => s.EffectiveOn = v) { Width = 4, Hint = "Empty when not known." },
            new OptionalDateField<StatePathway>(nameof(StatePathway.EndsOn), "Ends or ended on", s => s.EndsOn, (s, v) => s.EndsOn = v) { Width = 4, Hint = "Empty when it has no end date." },
        };

        foreach (var requirement in PathwayRequirements.All)
        {
            fields.Add(new TextField<StatePathway>(requirement.Name, requirement.Label, requirement.Value, requirement.SetValue, RecordFieldKind.MultilineText)
            {
                MaxLength = StatePathway.RequirementMaxLength,
                Width = 8,
                Rows = 2,
            });
            fields.Add(new ChoiceField<StatePathway, RequirementStatus>(
                requirement.StatusName, requirement.Label + ": status", requirement.Status, requirement.SetStatus, RecordLabels.Of,
                "Say whether it is required, or unknown.", "Choose one of the statuses listed.")
            {
                Width = 4,
            });
        }

        fields.Add(new TextField<StatePathway>(nameof(StatePathway.Summary), "Plain summary", s => s.Summary, (s, v) => s.Summary = v, RecordFieldKind.MultilineText)
        {
            Required = "Summarize the pathway in plain words.",
            MaxLength = StatePathway.SummaryMaxLength,
            Rows = 4,
        });
        fields.Add(new SourceListField<StatePathway>(nameof(StatePathway.Sources), "Sources", s => s.Sources, (s, v) => s.Sources = v)
        {
            Required = "Give at least one source.",
            MaxLength = StatePathway.SourcesMaxLength,
            Rows = 4,
            Hint = "One a line: web address | title | date you verified it (year-month-day), e.g. https://www.example.gov/law | State board: the new law | 2026-11-26",
        });
        return fields;
    }
}
