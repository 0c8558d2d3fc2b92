using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.IntegrationTests.Data.Seed;

/// <summary>The verified JSON becomes records the staff editor would accept: every source valid, every date and length within bounds.</summary>
public sealed class StatePathwaySeedTests
{
    [Fact]
    public void Pathways_EveryRecord_HasValidSourcesAndFitsItsColumns()
    {
        var pathways = StatePathwaySeed.Pathways();

        Assert.Equal(29, pathways.Count);
        Assert.All(pathways, p =>
        {
            var (sources, problems) = PathwaySources.Parse(p.Sources);
            Assert.Empty(problems);
            Assert.NotEmpty(sources);
            Assert.True(p.Sources.Length <= StatePathway.SourcesMaxLength, p.Name);
            Assert.True(p.Name.Length <= StatePathway.NameMaxLength, p.Name);
            Assert.True(p.Summary.Length is > 0 and <= StatePathway.SummaryMaxLength, p.Name);
            Assert.All(PathwayRequirements.All, r => Assert.True(r.Value(p).Length <= StatePathway.RequirementMaxLength, $"{p.Name}: {r.Label}"));
        });
    }

    [Theory]
    [InlineData("GA", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending)]
    [InlineData("NE", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending)]
    [InlineData("TX", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.AcceptingApplications)]
    [InlineData("CA", PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.EnactedRulesPending)]
    public void Pathways_December2026Check_HasTheNewAndUpdatedStates(string state, PathwayKind kind, PathwayStatus status)
    {
        var pathways = StatePathwaySeed.Pathways();

        Assert.Contains(pathways, p => p.State == state && p.Kind == kind && p.Status == status);
    }

    [Fact]
    public void Pathways_EverySourceNotFromALegislatureBoardAgencyOrProfessionalBody_IsLabelledSecondary()
    {
        string[] primaryHosts =
        [
            "ama-assn.org", "ncsl.org", "ilga.gov", "mass.gov", "health.state.mn.us", "revisor.mn.gov", "ncmedboard.org", "ncleg.gov",
            "nebraskalegislature.gov", "njconsumeraffairs.gov", "assembly.state.ny.us", "nysenate.gov", "rilegislature.gov", "tmb.texas.gov",
            "capitol.texas.gov", "townhall.virginia.gov", "leg.wa.gov", "wmc.wa.gov", "senatedemocrats.wa.gov", "texmed.org",
        ];

        var sources = StatePathwaySeed.Pathways().SelectMany(p => PathwaySources.Read(p.Sources)).ToList();

        Assert.All(sources.Where(s => !primaryHosts.Any(h => s.Url.Host == h || s.Url.Host.EndsWith("." + h, StringComparison.Ordinal))),
            s => Assert.Contains("(secondary source", s.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void Pathways_The2020EmergencyActions_AreHistoryAndTheNewLawsAreCurrent()
    {
        var pathways = StatePathwaySeed.Pathways();

        Assert.All(pathways.Where(p => p.Kind == PathwayKind.EmergencyAuthorization), p => Assert.Equal(PathwayStatus.Ended, p.Status));
        Assert.Contains(pathways, p => p.State == "TN" && PathwayStatuses.IsCurrent(p.Status));
        Assert.True(pathways.Where(p => p.Kind == PathwayKind.FullLicenseWithoutUsResidency && p.Status != PathwayStatus.BillPending && PathwayStatuses.IsCurrent(p.Status))
            .Select(p => p.State).Distinct().Count() >= 17);
    }
}
