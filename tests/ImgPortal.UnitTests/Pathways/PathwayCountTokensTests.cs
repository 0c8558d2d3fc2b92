using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;

namespace ImgPortal.UnitTests.Pathways;

/// <summary>Counts in the state pathways page's prose are computed from the records, never typed.</summary>
public sealed class PathwayCountTokensTests
{
    private static PathwayDetail Pathway(string state, PathwayKind kind, PathwayStatus status) =>
        new(0, state, "Pathway", kind, status, string.Empty, string.Empty, null, null, null, [], "Summary", []);

    [Fact]
    public void Replace_Tokens_GiveTheEnactedFullLicenseStatesAndTheLimitedOnes()
    {
        PathwayDetail[] current =
        [
            Pathway("TN", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending),
            Pathway("TX", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.AcceptingApplications),
            Pathway("TX", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending),
            Pathway("NY", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.BillPending),
            Pathway("NY", PathwayKind.LimitedOrRestrictedLicense, PathwayStatus.AcceptingApplications),
            Pathway("GA", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending),
        ];

        var html = PathwayCountTokens.Replace(
            "<p>{{full-license-states}} states: {{full-license-state-names}}; {{limited-license-states}} limited.</p>", current);

        Assert.Equal("<p>3 states: Georgia, Tennessee and Texas; 1 limited.</p>", html);
    }

    [Fact]
    public void Replace_OneMoreEnactedRecord_ChangesTheCount()
    {
        var before = new List<PathwayDetail> { Pathway("TN", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending) };
        var after = before.Append(Pathway("NE", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.EnactedRulesPending)).ToList();

        var one = PathwayCountTokens.Replace(PathwayCountTokens.FullLicenseStates, before);
        var two = PathwayCountTokens.Replace(PathwayCountTokens.FullLicenseStates, after);

        Assert.Equal("1", one);
        Assert.Equal("2", two);
    }

    [Fact]
    public void Strip_TextWithTokens_LeavesNoTokenBehind()
    {
        var text = PathwayCountTokens.Strip("By the records, {{full-license-states}} states: {{full-license-state-names}}; {{limited-license-states}} limited.");

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal("By the records,  states: ;  limited.", text);
    }
}
