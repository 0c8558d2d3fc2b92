using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;

namespace ImgPortal.UnitTests.Pathways;

/// <summary>The map's color rule: the strongest current route to a full license; a limited permit never counts as one.</summary>
public sealed class MapStandingsTests
{
    [Fact]
    public void Of_LimitedPermitAcceptingApplicationsOnly_IsLimitedLicenseOnlyNotAcceptingApplications()
    {
        var standing = MapStandings.Of([(PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.AcceptingApplications)]);

        Assert.Equal(MapStanding.LimitedLicenseOnly, standing);
    }

    [Fact]
    public void Of_LimitedPermitAcceptingAndFullLicenseBillPending_IsTheBillAndKeepsTheLimitedMark()
    {
        (PathwayKind, PathwayStatus)[] newYork =
        [
            (PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.AcceptingApplications),
            (PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.BillPending),
            (PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.BillPending),
        ];

        var standing = MapStandings.Of(newYork);

        Assert.Equal(MapStanding.FullLicenseBillPending, standing);
        Assert.True(MapStandings.HasLimitedRoute(newYork));
    }

    [Theory]
    [InlineData(PathwayStatus.AcceptingApplications, MapStanding.FullLicenseAcceptingApplications)]
    [InlineData(PathwayStatus.EnactedRulesPending, MapStanding.FullLicenseEnacted)]
    [InlineData(PathwayStatus.BillPending, MapStanding.FullLicenseBillPending)]
    public void Of_FullLicenseRoute_IsColoredByItsStatus(PathwayStatus status, MapStanding expected)
    {
        var standing = MapStandings.Of([(PathwayKind.FullLicenseWithoutUsResidency, status), (PathwayKind.ClinicalExperienceLicense, PathwayStatus.AcceptingApplications)]);

        Assert.Equal(expected, standing);
    }

    [Fact]
    public void Of_FullLicenseEnactedAndLimitedAccepting_IsEnactedBecauseTheLimitedRouteNeverLeadsToAFullLicense()
    {
        var standing = MapStandings.Of([(PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending), (PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.AcceptingApplications)]);

        Assert.Equal(MapStanding.FullLicenseEnacted, standing);
    }

    [Fact]
    public void Of_LimitedBillPendingOnly_HasNoLimitedRouteAndIsOtherMeasureOnly()
    {
        (PathwayKind, PathwayStatus)[] pathways = [(PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.BillPending)];

        var standing = MapStandings.Of(pathways);

        Assert.Equal(MapStanding.OtherMeasureOnly, standing);
        Assert.False(MapStandings.HasLimitedRoute(pathways));
    }

    [Fact]
    public void Of_OnlyEndedMeasures_IsNone()
    {
        var standing = MapStandings.Of([(PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.Ended), (PathwayKind.EmergencyAuthorization, PathwayStatus.Ended)]);

        Assert.Equal(MapStanding.None, standing);
    }
}
