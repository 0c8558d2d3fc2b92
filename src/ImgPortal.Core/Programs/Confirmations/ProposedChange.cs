namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>One proposed change as staff review it: the field's label and its current and proposed values as people read them.</summary>
public sealed record ProposedChange(string Field, string Label, string Current, string Proposed);
