using ImgPortal.Core.Content;

namespace ImgPortal.Core.Records.Contacts;

/// <summary>Offices to contact (<c>/staff/contacts</c>), shown on the public contact page.</summary>
public sealed class ContactPointRecordType : RecordType<ContactPoint>
{
    public override string Slug => "contacts";

    public override string ListTitle => "Contacts";

    public override string ListCaption => "Offices in list order, as visitors see them on the contact page";

    public override string AddLabel => "Add a contact";

    public override string NewTitle => "Add a contact";

    public override string ThisRecord => "this contact";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(ContactPoint.Office), "Office", Link: true),
        new(nameof(ContactPoint.Phone), "Phone"),
        new(nameof(ContactPoint.Email), "E-mail"),
        new(nameof(ContactPoint.SortOrder), "Position", Numeric: true),
    ];

    public override ContactPoint Create() => new() { Office = string.Empty, Purpose = string.Empty };

    public override IOrderedQueryable<ContactPoint> Order(IQueryable<ContactPoint> records) =>
        records.OrderBy(c => c.SortOrder).ThenBy(c => c.Office);

    public override string TitleOf(ContactPoint record) => record.Office;

    protected override IReadOnlyList<RecordField<ContactPoint>> DeclareFields() =>
    [
        new TextField<ContactPoint>(nameof(ContactPoint.Office), "Office", c => c.Office, (c, v) => c.Office = v)
        {
            Required = "Name the office.", MaxLength = ContactPoint.OfficeMaxLength, Width = 9,
        },
        new NumberField<ContactPoint>(
            nameof(ContactPoint.SortOrder), "Position in the list", c => c.SortOrder, (c, v) => c.SortOrder = v, 0, 10_000, "Give a position from 0 to 10,000.")
        {
            Width = 3,
        },
        new TextField<ContactPoint>(nameof(ContactPoint.Purpose), "What to contact it about", c => c.Purpose, (c, v) => c.Purpose = v, RecordFieldKind.MultilineText)
        {
            Required = "Say what to contact this office about.", MaxLength = ContactPoint.PurposeMaxLength, TooLong = "Keep the purpose under 1,000 characters.",
        },
        new TextField<ContactPoint>(nameof(ContactPoint.Phone), "Phone", c => c.Phone, (c, v) => c.Phone = v, RecordFieldKind.Phone)
        {
            MaxLength = ContactPoint.PhoneMaxLength, TooLong = "Keep the phone number under 60 characters.", Width = 6,
        },
        new TextField<ContactPoint>(nameof(ContactPoint.Email), "E-mail", c => c.Email, (c, v) => c.Email = v, RecordFieldKind.Email)
        {
            MaxLength = ContactPoint.EmailMaxLength, TooLong = "Keep the e-mail address under 256 characters.",
            FormatMessage = "Give a valid e-mail address, or leave it empty.", Width = 6,
        },
        new TextField<ContactPoint>(nameof(ContactPoint.Address), "Address", c => c.Address, (c, v) => c.Address = v, RecordFieldKind.MultilineText)
        {
            MaxLength = ContactPoint.AddressMaxLength, Rows = 2,
        },
        new TextField<ContactPoint>(nameof(ContactPoint.OfficeHours), "Office hours", c => c.OfficeHours, (c, v) => c.OfficeHours = v)
        {
            MaxLength = ContactPoint.OfficeHoursMaxLength, TooLong = "Keep the office hours under 200 characters.",
            Hint = "Name the time zone, for example \"Monday to Friday, 9 am to 5 pm Eastern Time (ET)\". Leave it empty "
                + "when the office does not publish its hours: visitors then read that they are unknown.",
        },
    ];
}
