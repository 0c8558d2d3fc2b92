using System.Globalization;
using ImgPortal.Core.Glossary;

namespace ImgPortal.Core.Records.Glossary;

/// <summary>The glossary's terms (<c>/staff/glossary</c>), shown on <c>/glossary</c> and linked from their first use on each guidance page.</summary>
public sealed class GlossaryTermRecordType : RecordType<GlossaryTerm>
{
    public override string Slug => "glossary";

    public override string ListTitle => "Glossary";

    public override string ListCaption => "Terms and their plain-language definitions, as visitors see them on the glossary page";

    public override string? ListIntro =>
        "Each term is linked from its first use on every guidance page, where it is written exactly as here "
        + "(a term of several words also matches with a small first letter).";

    public override string AddLabel => "Add a term";

    public override string NewTitle => "Add a glossary term";

    public override string ThisRecord => "this term";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(GlossaryTerm.Term), "Term", Link: true),
        new(nameof(GlossaryTerm.LongForm), "Stands for"),
        new(nameof(GlossaryTerm.VerifiedOn), "Verified"),
    ];

    public override UniqueKey<GlossaryTerm> Unique { get; } = new(
        candidate => t => t.Term == candidate.Term,
        nameof(GlossaryTerm.Term),
        "The glossary already has this term.");

    public override GlossaryTerm Create() => new() { Term = string.Empty, Definition = string.Empty, SourceUrl = string.Empty };

    public override IOrderedQueryable<GlossaryTerm> Order(IQueryable<GlossaryTerm> records) => records.OrderBy(t => t.Term);

    public override string TitleOf(GlossaryTerm record) => record.Term;

    public override IReadOnlyDictionary<string, string> NewValues(DateOnly today) =>
        new Dictionary<string, string>(base.NewValues(today))
        {
            [nameof(GlossaryTerm.VerifiedOn)] = today.ToString(DateField<GlossaryTerm>.Format, CultureInfo.InvariantCulture),
        };

    protected override IReadOnlyList<RecordField<GlossaryTerm>> DeclareFields() =>
    [
        new TextField<GlossaryTerm>(nameof(GlossaryTerm.Term), "Term", t => t.Term, (t, v) => t.Term = v)
        {
            Required = "Give the term.", MaxLength = GlossaryTerm.TermMaxLength, Width = 4,
            Hint = "As it is written in the guidance, e.g. ECFMG or Flex slot.",
        },
        new TextField<GlossaryTerm>(nameof(GlossaryTerm.LongForm), "Stands for", t => t.LongForm, (t, v) => t.LongForm = v)
        {
            MaxLength = GlossaryTerm.LongFormMaxLength, Width = 8, Hint = "What an abbreviation stands for; leave empty for other terms.",
        },
        new TextField<GlossaryTerm>(nameof(GlossaryTerm.Definition), "Definition", t => t.Definition, (t, v) => t.Definition = v, RecordFieldKind.MultilineText)
        {
            Required = "Define the term in plain words.", MaxLength = GlossaryTerm.DefinitionMaxLength,
        },
        new TextField<GlossaryTerm>(nameof(GlossaryTerm.SourceUrl), "Source address", t => t.SourceUrl, (t, v) => t.SourceUrl = v, RecordFieldKind.Url)
        {
            Required = "Give the address of the source the definition was checked against.", MaxLength = GlossaryTerm.SourceUrlMaxLength,
            FormatMessage = "Give a full web address starting with http:// or https://.", Width = 8,
        },
        new DateField<GlossaryTerm>(nameof(GlossaryTerm.VerifiedOn), "Verified on", t => t.VerifiedOn, (t, v) => t.VerifiedOn = v, "Give the date the definition was checked against its source.")
        {
            NotAfterToday = "The verified date cannot be in the future.", Width = 4,
        },
        new TextField<GlossaryTerm>(nameof(GlossaryTerm.SourceTitle), "Source name", t => t.SourceTitle, (t, v) => t.SourceTitle = v)
        {
            MaxLength = GlossaryTerm.SourceTitleMaxLength, Hint = "How readers see the source named, e.g. \"NRMP: SOAP\".",
        },
    ];
}
