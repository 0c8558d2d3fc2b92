using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records.Organizations;

/// <summary>Organizations IMGs deal with (<c>/staff/organisations</c>), shown on the residency page.</summary>
public sealed class OrganisationRecordType : RecordType<Organisation>
{
    public override string Slug => "organisations";

    public override string ListTitle => "Organizations";

    public override string ListCaption => "Organizations in list order, as visitors see them on the residency page";

    public override string AddLabel => "Add an organization";

    public override string NewTitle => "Add an organization";

    public override string ThisRecord => "this organization";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(Organisation.Name), "Name", Link: true),
        new(nameof(Organisation.Abbreviation), "Abbreviation"),
        new(nameof(Organisation.WebsiteUrl), "Website"),
        new(nameof(Organisation.SortOrder), "Position", Numeric: true),
    ];

    public override Organisation Create() => new() { Name = string.Empty, Role = string.Empty };

    public override IOrderedQueryable<Organisation> Order(IQueryable<Organisation> records) =>
        records.OrderBy(o => o.SortOrder).ThenBy(o => o.Name);

    public override string TitleOf(Organisation record) => record.Name;

    protected override IReadOnlyList<RecordField<Organisation>> DeclareFields() =>
    [
        new TextField<Organisation>(nameof(Organisation.Name), "Name", o => o.Name, (o, v) => o.Name = v)
        {
            Required = "Name the organization.", MaxLength = Organisation.NameMaxLength, Width = 6,
        },
        new TextField<Organisation>(nameof(Organisation.Abbreviation), "Abbreviation", o => o.Abbreviation, (o, v) => o.Abbreviation = v)
        {
            MaxLength = Organisation.AbbreviationMaxLength, Width = 3,
        },
        new NumberField<Organisation>(
            nameof(Organisation.SortOrder), "Position in the list", o => o.SortOrder, (o, v) => o.SortOrder = v, 0, 10_000, "Give a position from 0 to 10,000.")
        {
            Width = 3,
        },
        new TextField<Organisation>(nameof(Organisation.WebsiteUrl), "Website", o => o.WebsiteUrl, (o, v) => o.WebsiteUrl = v, RecordFieldKind.Url)
        {
            MaxLength = Organisation.WebsiteUrlMaxLength, TooLong = "Keep the address under 300 characters.",
            FormatMessage = "Give a full web address starting with http:// or https://, or leave it empty.",
        },
        new TextField<Organisation>(nameof(Organisation.Aliases), "Other names in the guidance", o => o.Aliases, (o, v) => o.Aliases = v)
        {
            MaxLength = Organisation.AliasesMaxLength, TooLong = "Keep the other names under 300 characters.",
            Hint = "Separate names with semicolons. Guidance pages link the first mention of the name, the abbreviation or "
                + "any of these names to the website.",
        },
        new TextField<Organisation>(nameof(Organisation.Role), "What it does", o => o.Role, (o, v) => o.Role = v, RecordFieldKind.MultilineText)
        {
            Required = "Say what the organization does for IMGs.", MaxLength = Organisation.RoleMaxLength, TooLong = "Keep the role under 2,000 characters.",
        },
    ];
}
