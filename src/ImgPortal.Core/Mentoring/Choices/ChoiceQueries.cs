using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>
/// The database side of members' rankings, shared by <see cref="Requests.MenteeRequestService"/> (which saves them with the
/// request) and <see cref="MentorChoiceService"/> (which shows them).
/// </summary>
public static class ChoiceQueries
{
    /// <summary>How many of the member's best-scored mentors are offered even when they are not listed in the directory.</summary>
    public const int Suggestions = 3;

    /// <summary>The staff's saved setting, or the configured default until staff save one.</summary>
    public static async Task<bool> MembersMayChooseAsync(IAppDbContext db, bool configured, CancellationToken cancellationToken) =>
        await db.MentoringSettings.AsNoTracking().Select(s => (bool?)s.MembersMayChoose).SingleOrDefaultAsync(cancellationToken)
        ?? configured;

    /// <summary>
    /// The mentors matching may offer for a member's request, the one query for suggestions and rankings: approved,
    /// with a free place, not the member, and not already asked for this request.
    /// </summary>
    public static async Task<IReadOnlyList<CandidateMentor>> CandidatesAsync(
        IAppDbContext db, string memberUserId, int? requestId, CancellationToken cancellationToken)
    {
        var asked = requestId is { } id
            ? await db.Pairings.AsNoTracking().Where(p => p.MenteeRequestId == id).Select(p => p.MentorId).ToListAsync(cancellationToken)
            : [];
        var rows = await db.Mentors.AsNoTracking()
            .Where(m => m.Status == MentorStatus.Approved && m.UserId != memberUserId && !asked.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                m.DisplayName,
                m.Specialty,
                m.HelpAreas,
                m.ListInDirectory,
                Languages = m.Languages.Select(l => l.Language).ToList(),
                Countries = m.TrainingCountries.Select(c => c.Country).ToList(),
                m.State,
                m.County,
                m.Capacity,
                Held = m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
            })
            .Where(m => m.Held < m.Capacity)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(m => new CandidateMentor(
            new MatchCandidate(m.Id, m.DisplayName, m.Specialty, m.HelpAreas, m.Languages, m.Countries, m.State, m.County, m.Capacity, m.Held),
            m.ListInDirectory))];
    }

    /// <summary>
    /// The mentors a member may rank: <see cref="CandidatesAsync"/> that are either listed in the directory or among
    /// the member's top suggestions. Suggestions come first.
    /// </summary>
    public static async Task<IReadOnlyList<ChoiceOption>> OptionsAsync(
        IAppDbContext db, string memberUserId, MenteeRequestDetails details, int? requestId, CancellationToken cancellationToken)
    {
        var mentors = await CandidatesAsync(db, memberUserId, requestId, cancellationToken);
        var match = new MatchRequest(details.HelpAreas, details.PreferredSpecialty, details.Language, details.CountryOfTraining, details.State, details.County);
        var suggested = MatchScorer.Rank(match, mentors.Select(c => c.Match), Suggestions)
            .Select(s => s.Mentor.MentorId)
            .ToList();
        return
        [
            .. suggested.Select(id => mentors.Single(m => m.Match.MentorId == id))
                .Select(m => new ChoiceOption(m.Match.MentorId, m.Match.DisplayName, m.Match.Specialty, m.Match.State, Suggested: true)),
            .. mentors.Where(m => m.ListInDirectory && !suggested.Contains(m.Match.MentorId))
                .OrderBy(m => m.Match.DisplayName).ThenBy(m => m.Match.MentorId)
                .Select(m => new ChoiceOption(m.Match.MentorId, m.Match.DisplayName, m.Match.Specialty, m.Match.State, Suggested: false)),
        ];
    }

    /// <summary>The ranking errors for these choices, checked against what the member may choose now.</summary>
    public static async Task<IReadOnlyList<FieldError>> ValidateAsync(
        IAppDbContext db, string memberUserId, MenteeRequestDetails details, int? requestId, bool membersMayChoose, CancellationToken cancellationToken)
    {
        var choices = details.MentorChoices ?? [];
        if (choices.Count == 0 || !membersMayChoose)
        {
            return ChoiceRules.Validate(choices, membersMayChoose, new HashSet<int>());
        }

        var options = await OptionsAsync(db, memberUserId, details, requestId, cancellationToken);
        return ChoiceRules.Validate(choices, membersMayChoose, options.Select(o => o.MentorId).ToHashSet());
    }

    /// <summary>A request's ranking with, for each mentor, why they cannot be proposed now (if so).</summary>
    public static async Task<IReadOnlyList<RankedChoice>> RankingAsync(IAppDbContext db, int requestId, CancellationToken cancellationToken)
    {
        var rows = await db.MentorChoices.AsNoTracking()
            .Where(c => c.MenteeRequestId == requestId)
            .OrderBy(c => c.Rank)
            .Select(c => new
            {
                c.Rank,
                c.MentorId,
                c.Mentor!.DisplayName,
                c.Mentor.Specialty,
                c.Mentor.State,
                c.Mentor.Status,
                c.Mentor.Capacity,
                Held = c.Mentor.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
                Asked = c.Mentor.Pairings.Where(p => p.MenteeRequestId == requestId)
                    .OrderByDescending(p => p.ProposedAtUtc).Select(p => (PairingState?)p.State).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RankedChoice(
            r.Rank, r.MentorId, r.DisplayName, r.Specialty, r.State, ChoiceRules.WhyUnavailable(r.Status, r.Capacity, r.Held, r.Asked)))];
    }
}
