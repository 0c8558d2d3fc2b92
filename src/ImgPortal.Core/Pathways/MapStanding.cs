namespace ImgPortal.Core.Pathways;

/// <summary>
/// What a state's square on the map says: the strongest current route to a <em>full</em> license, or, when there is
/// none, whether the state has only a limited license or permit (which never becomes a full license), only other
/// help, or nothing current. Strongest first (<see cref="MapStandings.Of"/>).
/// </summary>
public enum MapStanding
{
    FullLicenseAcceptingApplications,

    FullLicenseEnacted,

    FullLicenseBillPending,

    LimitedLicenseOnly,

    OtherMeasureOnly,

    None,
}
