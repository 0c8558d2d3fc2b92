using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;

namespace ImgPortal.UnitTests.Pathways;

public sealed class PathwayComparerTests
{
    [Fact]
    public void ParseStates_MixedCaseSpacesAndRepeats_GivesDistinctUpperCaseCodesInOrder()
    {
        var codes = PathwayComparer.ParseStates(" tn, FL,,tn va ");

        Assert.Equal(["TN", "FL", "VA"], codes);
    }

    [Theory]
    [InlineData("tn", "Choose at least two states to compare.")]
    [InlineData("tn,fl,va,ny,wi", "You chose 5 states; compare at most four at a time.")]
    [InlineData("tn,zz", "\"ZZ\" is not the code of a US state. Choose the states from the list.")]
    public void Compare_RequestThatCannotBeCompared_ExplainsWhyAndHasNoColumns(string states, string expected)
    {
        var comparison = PathwayComparer.Compare(PathwayComparer.ParseStates(states), []);

        Assert.Equal(expected, comparison.Problem);
        Assert.Empty(comparison.Columns);
    }

    [Fact]
    public void Compare_TwoStates_UsesEachStatesStrongestCurrentPathwayAndFlagsDifferingRows()
    {
        var tn = Pathway(1, "TN", PathwayStatus.EnactedRulesPending, p => { p.SupervisedPeriod = "Two years."; p.SupervisedPeriodStatus = RequirementStatus.Required; });
        var tnBill = Pathway(2, "TN", PathwayStatus.BillPending, p => p.SupervisedPeriod = "Five years.");
        var fl = Pathway(3, "FL", PathwayStatus.AcceptingApplications, p => { p.SupervisedPeriod = "Three years."; p.SupervisedPeriodStatus = RequirementStatus.Required; });
        var flEnded = Pathway(4, "FL", PathwayStatus.Ended, p => p.SupervisedPeriod = "Ten years.");

        var comparison = PathwayComparer.Compare(["TN", "FL"], [tn, tnBill, fl, flEnded]);

        Assert.Null(comparison.Problem);
        Assert.Equal([1, 3], comparison.Columns.Select(c => c.Pathway!.Id));
        Assert.Equal(1, comparison.Columns[0].OtherCurrent);
        var rows = comparison.Rows.ToDictionary(r => r.Requirement);
        Assert.True(rows[PathwayRequirement.SupervisedPeriod].Differs);
        Assert.False(rows[PathwayRequirement.EcfmgCertification].Differs);
        Assert.Equal(PathwayRequirements.All.Count, comparison.Rows.Count);
    }

    [Fact]
    public void Differs_UnknownEverywhereWithDifferentWording_DoesNotDiffer()
    {
        var cells = new RequirementDetail?[]
        {
            new(PathwayRequirement.EnglishTest, "English test", "No source we checked states this.", RequirementStatus.Unknown),
            new(PathwayRequirement.EnglishTest, "English test", "The bill is silent.", RequirementStatus.Unknown),
        };

        Assert.False(PathwayComparer.Differs(cells));
    }

    [Fact]
    public void Differs_OneStateWithoutAPathway_Differs()
    {
        var cells = new RequirementDetail?[] { new(PathwayRequirement.EnglishTest, "English test", "OET.", RequirementStatus.Required), null };

        Assert.True(PathwayComparer.Differs(cells));
    }

    private static PathwayDetail Pathway(int id, string state, PathwayStatus status, Action<StatePathway> change)
    {
        var pathway = new StatePathway
        {
            Id = id,
            State = state,
            Name = $"Pathway {id}",
            Kind = PathwayKind.FullLicenseWithoutUsResidency,
            Status = status,
            Summary = "Test.",
            Sources = "https://example.gov/a | A | 2026-11-01",
            EcfmgCertification = "Required.",
            EcfmgCertificationStatus = RequirementStatus.Required,
        };
        change(pathway);
        return PathwayDetail.From(pathway);
    }
}
