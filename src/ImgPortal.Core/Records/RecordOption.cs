namespace ImgPortal.Core.Records;

/// <summary>One option of a choice field: the value posted and stored, and the words people read.</summary>
public sealed record RecordOption(string Value, string Label);
