using System.Globalization;
using System.Text;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.Core.Mentoring.Reports;

/// <summary>The cohort figures, and the anonymous rows behind them, as CSV (invariant culture, CRLF lines).</summary>
public static class CohortCsv
{
    public const string FiguresFileName = "mentoring-cohorts.csv";

    public const string RowsFileName = "mentoring-cohort-rows.csv";

    private static readonly MemberOutcomeKind[] Kinds = Enum.GetValues<MemberOutcomeKind>();

    public static string Figures(IEnumerable<CohortFigures> cohorts)
    {
        var csv = new StringBuilder();
        Line(csv, [
            "Cohort (year asked)", "Mentees", "Requests", "Matched", "Median days to match", "Active pairings",
            "Feedback count", "Average rating", .. Kinds.Select(k => "Members reporting: " + OutcomeRules.Name(k))]);
        foreach (var c in cohorts)
        {
            Line(csv, [
                Number(c.Year), Number(c.Mentees), Number(c.Requests), Number(c.Matched), Decimal(c.MedianDaysToMatch),
                Number(c.ActivePairings), Number(c.FeedbackCount), Decimal(c.AverageRating), .. Kinds.Select(k => Number(c.Reporting(k)))]);
        }

        return csv.ToString();
    }

    /// <summary>One line per request: no name, no id, no exact time (the day asked is kept for the wait); ratings lowest first.</summary>
    public static string Rows(IEnumerable<CohortRequest> requests)
    {
        var csv = new StringBuilder();
        Line(csv, ["Cohort (year asked)", "Asked on", "Days to match", "Active pairing", "Feedback ratings"]);
        foreach (var r in requests.OrderBy(r => r.RequestedAtUtc))
        {
            Line(csv, [
                Number(r.Year), r.RequestedAtUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Decimal(r.DaysToMatch),
                r.ActivePairing ? "yes" : "no", string.Join(' ', r.Ratings.Order().Select(Number))]);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(MemberDirectoryService.Csv))).Append("\r\n");

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Decimal(double? value) => value?.ToString("0.#", CultureInfo.InvariantCulture) ?? string.Empty;
}
