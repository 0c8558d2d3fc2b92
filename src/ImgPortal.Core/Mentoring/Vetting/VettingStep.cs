namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>One checklist item as staff see it: what it asks, and who ticked it when (null: not yet).</summary>
public sealed record VettingStep(VettingItem Item, string Label, DateTime? CheckedAtUtc, string? CheckedBy, bool Due)
{
    /// <summary>The mentor accepted this item themselves on the volunteer form: nothing for staff to tick.</summary>
    public bool AcceptedByMentor => CheckedBy == VettingRules.AcceptedByTheMentor;
}
