using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.UnitTests.Programs.Lca;

public sealed class EmployerMatcherTests
{
    private static readonly string[] Institutions =
    [
        "Icahn School of Medicine at Mount Sinai",
        "Mount Sinai Hospital",
        "Montefiore Medical Center",
        "Maimonides Medical Center",
        "NYU Grossman School of Medicine",
        "Jamaica Hospital Medical Center",
    ];

    [Theory]
    [InlineData("THE MOUNT SINAI HOSPITAL", "Mount Sinai Hospital")]
    [InlineData("Mt Sinai Hosp", "Mount Sinai Hospital")]
    [InlineData("MONTEFIORE MEDICAL CENTER", "Montefiore Medical Center")]
    [InlineData("Maimonides Med Ctr Inc", "Maimonides Medical Center")]
    [InlineData("JAMAICA HOSPITAL MEDICAL CENTER, INC.", "Jamaica Hospital Medical Center")]
    public void Suggest_EmployerSpelledAnotherWay_FindsItsInstitution(string employer, string expected) =>
        Assert.Equal(expected, EmployerMatcher.Suggest(employer, Institutions));

    [Theory]
    [InlineData("Brookdale Hospital Medical Center")]
    [InlineData("New York Medical Center")]
    [InlineData("Google LLC")]
    [InlineData("")]
    public void Suggest_EmployerSharingOnlyGenericWordsOrNone_SuggestsNothing(string employer) =>
        Assert.Null(EmployerMatcher.Suggest(employer, Institutions));

    [Fact]
    public void Suggest_BestInstitutionRejected_OffersTheNextOrNothing()
    {
        var rejected = new HashSet<string> { EmployerNames.Normalize("Mount Sinai Hospital") };

        var suggestion = EmployerMatcher.Suggest("Mount Sinai Hospital", Institutions, rejected);

        Assert.Null(suggestion);
    }

    [Fact]
    public void Suggest_OrderOfInstitutions_DoesNotChangeTheAnswer()
    {
        var reversed = Institutions.Reverse().ToArray();

        Assert.Equal(EmployerMatcher.Suggest("Mount Sinai", Institutions), EmployerMatcher.Suggest("Mount Sinai", reversed));
    }

    [Fact]
    public void Similarity_SameKey_IsOneAndNoCommonWordIsZero()
    {
        Assert.Equal(1, EmployerMatcher.Similarity("MOUNT SINAI HOSPITAL", "MOUNT SINAI HOSPITAL"));
        Assert.Equal(0, EmployerMatcher.Similarity("MOUNT SINAI HOSPITAL", "MONTEFIORE MEDICAL CENTER"));
    }
}
