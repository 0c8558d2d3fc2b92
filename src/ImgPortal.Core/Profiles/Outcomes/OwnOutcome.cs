namespace ImgPortal.Core.Profiles.Outcomes;

/// <summary>One of the member's outcomes as listed, with its details for editing.</summary>
public sealed record OwnOutcome(int Id, OutcomeDetails Details)
{
    public string Summary => OutcomeRules.Describe(Details);
}
