namespace ImgPortal.Core.Records;

/// <summary>
/// One column of a record type's staff list: the field it shows (by name), its heading, whether it is a number
/// (aligned right) and whether it links to the record's form.
/// </summary>
public sealed record RecordColumn(string Field, string Heading, bool Numeric = false, bool Link = false, bool Code = false);
