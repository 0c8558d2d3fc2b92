using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records.Organizations;

/// <summary>Organizations IMGs deal with (<c>/staff/organizations</c>), shown on the residency page.</summary>
public sealed class OrganizationRecordType : RecordType<Organization>
{
    /// <summary>The slug, also for the redirect from the former British-spelled address.</summary>
    public const string SlugValue = "organizations";

    public override string Slug => SlugValue;

    public override string ListTitle => "Organizations";

    public override string ListCaption => "Organizations in list order, as visitors see them on the residency page";

    public override string AddLabel => "Add an organization";

    public override string NewTitle => "Add an organization";

    public override string ThisRecord => "this organization";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(Organization.Name), "Name", Link: true),
        new(nameof(Organization.Abbreviation), "Abbreviation"),
        new(nameof(Organization.WebsiteUrl), "Website"),
        new(nameof(Organization.SortOrder), "Position", Numeric: true),
    ];

    public override Organization Create() => new() { Name = string.Empty, Role = string.Empty };

    public override IOrderedQueryable<Organization> Order(IQueryable<Organization> records) =>
        records.OrderBy(o => o.SortOrder).ThenBy(o => o.Name);

    public override string TitleOf(Organization record) => record.Name;

    protected override IReadOnlyList<RecordField<Organization>> DeclareFields() =>
    [
        new TextField<Organization>(nameof(Organization.Name), "Name", o => o.Name, (o, v) => o.Name = v)
        {
            Required = "Name the organization.", MaxLength = Organization.NameMaxLength, Width = 6,
        },
        new TextField<Organization>(nameof(Organization.Abbreviation), "Abbreviation", o => o.Abbreviation, (o, v) => o.Abbreviation = v)
        {
            MaxLength = Organization.AbbreviationMaxLength, Width = 3,
        },
        new NumberField<Organization>(
            nameof(Organization.SortOrder), "Position in the list", o => o.SortOrder, (o, v) => o.SortOrder = v, 0, 10_000, "Give a position from 0 to 10,000.")
        {
            Width = 3,
        },
        new TextField<Organization>(nameof(Organization.WebsiteUrl), "Website", o => o.WebsiteUrl, (o, v) => o.WebsiteUrl = v, RecordFieldKind.Url)
        {
            MaxLength = Organization.WebsiteUrlMaxLength, TooLong = "Keep the address under 300 characters.",
            FormatMessage = "Give a full web address starting with http:// or https://, or leave it empty.",
        },
        new TextField<Organization>(nameof(Organization.Aliases), "Other names in the guidance", o => o.Aliases, (o, v) => o.Aliases = v)
        {
            MaxLength = Organization.AliasesMaxLength, TooLong = "Keep the other names under 300 characters.",
            Hint = "Separate names with semicolons. Guidance pages link the first mention of the name, the abbreviation or "
                + "any of these names to the website.",
        },
        new TextField<Organization>(nameof(Organization.Role), "What it does", o => o.Role, (o, v) => o.Role = v, RecordFieldKind.MultilineText)
        {
            Required = "Say what the organization does for IMGs.", MaxLength = Organization.RoleMaxLength, TooLong = "Keep the role under 2,000 characters.",
        },
    ];
}
