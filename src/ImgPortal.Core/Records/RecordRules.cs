namespace ImgPortal.Core.Records;

/// <summary>What the fields' rules need to know beyond the input: today's date (from <see cref="TimeProvider"/>).</summary>
public sealed record RecordRules(DateOnly Today);
