namespace ImgPortal.Core.Mentoring.Reports;

/// <summary>
/// One request as the figures read it, with no name: the member's id (anonymous once the account is deleted),
/// when they asked, when a mentor first accepted, whether a pairing is active now, and the pairings' ratings.
/// </summary>
public sealed record CohortRequest(
    string MemberKey, DateTime RequestedAtUtc, DateTime? MatchedAtUtc, bool ActivePairing, IReadOnlyList<int> Ratings)
{
    /// <summary>The cohort: the year (UTC) the member asked for a mentor.</summary>
    public int Year => RequestedAtUtc.Year;

    public double? DaysToMatch => MatchedAtUtc is { } matched ? (matched - RequestedAtUtc).TotalDays : null;
}
