using ImgPortal.Core.Mentoring.Reports;
using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.UnitTests.Mentoring.Reports;

public sealed class CohortCalculatorTests
{
    private static readonly DateTime Jan2026 = new(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    private static CohortRequest Asked(string member, DateTime at, double? daysToMatch = null, bool active = false, params int[] ratings) =>
        new(member, at, daysToMatch is { } d ? at.AddDays(d) : null, active, ratings);

    [Fact]
    public void Median_OddCount_IsTheMiddleValue()
    {
        var median = CohortCalculator.Median([9, 1, 4]);

        Assert.Equal(4, median);
    }

    [Fact]
    public void Median_EvenCount_IsTheMeanOfTheTwoMiddleValues()
    {
        var median = CohortCalculator.Median([10, 2, 4, 30]);

        Assert.Equal(7, median);
    }

    [Fact]
    public void Median_NoValues_IsNull()
    {
        var median = CohortCalculator.Median([]);

        Assert.Null(median);
    }

    [Fact]
    public void Compute_NoRequests_HasNoCohorts()
    {
        var cohorts = CohortCalculator.Compute([], [("someone", MemberOutcomeKind.Licensed)]);

        Assert.Empty(cohorts);
    }

    [Fact]
    public void Compute_CohortWithNobodyMatched_HasNoMedianNoRatingAndZeroCounts()
    {
        var cohorts = CohortCalculator.Compute([Asked("a", Jan2026)], []);

        var cohort = Assert.Single(cohorts);
        Assert.Equal((1, 1, 0, (double?)null, 0, 0, (double?)null), (cohort.Mentees, cohort.Requests, cohort.Matched, cohort.MedianDaysToMatch, cohort.ActivePairings, cohort.FeedbackCount, cohort.AverageRating));
        Assert.All(Enum.GetValues<MemberOutcomeKind>(), k => Assert.Equal(0, cohort.Reporting(k)));
    }

    [Fact]
    public void Compute_TwoYears_GroupsByTheYearAskedLatestFirstWithMedianWaitRatingsAndOutcomes()
    {
        var requests = new[]
        {
            Asked("a", Jan2026, daysToMatch: 3, active: true, 5, 4),
            Asked("b", Jan2026.AddMonths(2), daysToMatch: 10, active: false, 3),
            Asked("c", Jan2026.AddMonths(3), daysToMatch: 5),
            Asked("a", Jan2026.AddMonths(6)),
            Asked("d", Jan2026.AddYears(-1), daysToMatch: 40, active: false, 2),
        };
        (string, MemberOutcomeKind)[] outcomes =
        [
            ("a", MemberOutcomeKind.InterviewOffers), ("a", MemberOutcomeKind.InterviewOffers), ("b", MemberOutcomeKind.MatchedToResidency),
            ("d", MemberOutcomeKind.Licensed), ("stranger", MemberOutcomeKind.Licensed),
        ];

        var cohorts = CohortCalculator.Compute(requests, outcomes);

        Assert.Equal([2026, 2025], cohorts.Select(c => c.Year));
        var latest = cohorts[0];
        Assert.Equal((3, 4, 3, (double?)5, 1, 3), (latest.Mentees, latest.Requests, latest.Matched, latest.MedianDaysToMatch, latest.ActivePairings, latest.FeedbackCount));
        Assert.Equal(4.0, latest.AverageRating);
        Assert.Equal((1, 1, 0), (latest.Reporting(MemberOutcomeKind.InterviewOffers), latest.Reporting(MemberOutcomeKind.MatchedToResidency), latest.Reporting(MemberOutcomeKind.Licensed)));
        Assert.Equal((1, (double?)40, 1), (cohorts[1].Mentees, cohorts[1].MedianDaysToMatch, cohorts[1].Reporting(MemberOutcomeKind.Licensed)));
    }

    [Fact]
    public void FiguresCsv_OneCohort_HasTheHeaderAndOneLineInInvariantNumbers()
    {
        var cohorts = CohortCalculator.Compute([Asked("a", Jan2026, daysToMatch: 2.5, active: true, 5, 4)], [("a", MemberOutcomeKind.WaiverObtained)]);

        var csv = CohortCsv.Figures(cohorts);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "Cohort (year asked),Mentees,Requests,Matched,Median days to match,Active pairings,Feedback count,Average rating,"
            + "Members reporting: Interview offers,Members reporting: Matched to a residency,Members reporting: J-1 waiver obtained,Members reporting: Licensed",
            lines[0]);
        Assert.Equal("2026,1,1,1,2.5,1,2,4.5,0,0,1,0", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void RowsCsv_Requests_HaveNoMemberKeyAndOneLinePerRequest()
    {
        var csv = CohortCsv.Rows([Asked("secret-member-id", Jan2026, daysToMatch: 1, active: false, 3, 5)]);

        Assert.Equal("Cohort (year asked),Asked on,Days to match,Active pairing,Feedback ratings\r\n2026,2026-01-10,1,no,3 5\r\n", csv);
        Assert.DoesNotContain("secret", csv, StringComparison.Ordinal);
    }
}
