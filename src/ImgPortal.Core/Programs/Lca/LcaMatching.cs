using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Lca;

public sealed class LcaMatching(IAppDbContext db, ISponsoringInstitutionNames institutions, ICurrentUser user, TimeProvider clock) : ILcaMatching
{
    public async Task<IReadOnlyList<LcaMatchSuggestion>> SuggestionsAsync(CancellationToken cancellationToken = default)
    {
        var names = await institutions.ListAsync(cancellationToken);
        if (names.Count == 0)
        {
            return [];
        }

        var employers = await db.LcaFilings.AsNoTracking()
            .GroupBy(f => f.NormalizedEmployer)
            .Select(g => new { Key = g.Key, Name = g.Min(f => f.EmployerName)!, Filings = g.Sum(f => f.Filings) })
            .ToListAsync(cancellationToken);
        var decisions = await db.LcaEmployerMatches.AsNoTracking()
            .Select(m => new { m.NormalizedEmployer, m.NormalizedInstitution, m.Decision })
            .ToListAsync(cancellationToken);
        var confirmed = decisions.Where(d => d.Decision == LcaMatchDecision.Confirmed).Select(d => d.NormalizedEmployer).ToHashSet(StringComparer.Ordinal);

        var suggestions = new List<LcaMatchSuggestion>();
        foreach (var employer in employers.Where(e => !confirmed.Contains(e.Key)))
        {
            var rejected = decisions.Where(d => d.NormalizedEmployer == employer.Key).Select(d => d.NormalizedInstitution).ToHashSet(StringComparer.Ordinal);
            if (EmployerMatcher.Suggest(employer.Name, names, rejected) is { } institution)
            {
                suggestions.Add(new LcaMatchSuggestion(employer.Key, employer.Name, employer.Filings, institution));
            }
        }

        return [.. suggestions.OrderByDescending(s => s.Filings).ThenBy(s => s.EmployerName, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<LcaMatchRow>> DecisionsAsync(CancellationToken cancellationToken = default) =>
        await db.LcaEmployerMatches.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Select(m => new LcaMatchRow(m.NormalizedEmployer, m.InstitutionName, m.Decision, m.DecidedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<Outcome> DecideAsync(
        string normalizedEmployer, string institutionName, LcaMatchDecision decision, CancellationToken cancellationToken = default)
    {
        var institution = (await institutions.ListAsync(cancellationToken))
            .FirstOrDefault(n => string.Equals(n, institutionName, StringComparison.Ordinal));
        if (institution is null || !await db.LcaFilings.AnyAsync(f => f.NormalizedEmployer == normalizedEmployer, cancellationToken))
        {
            return Outcome.NotFound();
        }

        var institutionKey = EmployerNames.Normalize(institution);
        if (await db.LcaEmployerMatches.AnyAsync(
                m => m.NormalizedEmployer == normalizedEmployer && m.NormalizedInstitution == institutionKey, cancellationToken))
        {
            return Outcome.Conflict($"This match was already decided.");
        }

        db.LcaEmployerMatches.Add(new LcaEmployerMatch
        {
            NormalizedEmployer = normalizedEmployer,
            InstitutionName = institution,
            NormalizedInstitution = institutionKey,
            Decision = decision,
            DecidedAtUtc = clock.GetUtcNow().UtcDateTime,
            DecidedByUserId = user.UserId,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(decision == LcaMatchDecision.Confirmed
            ? $"Confirmed: {normalizedEmployer} is {institution}. Its filings now show on that institution's programs."
            : $"Rejected: {normalizedEmployer} is not {institution}.");
    }
}
