namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>The person's immigration status, as far as the self-check needs it.</summary>
public enum ImmigrationAnswer
{
    NotSure,
    CitizenOrPermanentResident,
    WorkAuthorized,
    NeedsSponsorship,
}
