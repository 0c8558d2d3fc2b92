using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Log;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// The one SQL form of <see cref="StuckRules"/>, shared by the staff to-do count and the staff pairings page so
/// the two always agree.
/// </summary>
public static class StuckPairings
{
    /// <summary>Active pairings with no meeting logged 30 days after acceptance, or whose latest answer from a side is "not well".</summary>
    public static IQueryable<Pairing> Query(IAppDbContext db, DateTime nowUtc)
    {
        var cutoff = StuckRules.NoMeetingCutoff(nowUtc);
        var notWell = LatestNotWell(db, db.CheckInResponses);
        return db.Pairings.Where(p => p.State == PairingState.Accepted
            && ((p.RespondedAtUtc <= cutoff && !db.PairingLogEntries.Any(e => e.PairingId == p.Id && e.Kind == LogEntryKind.Meeting))
                || notWell.Any(r => r.PairingId == p.Id)));
    }

    /// <summary>"Not well" answers that are their side's latest for the pairing (a later "going well" clears them).</summary>
    public static IQueryable<CheckInResponse> LatestNotWell(IAppDbContext db, IQueryable<CheckInResponse> responses) =>
        responses.Where(r => r.Answer == CheckInAnswer.NotWell
            && !db.CheckInResponses.Any(later => later.PairingId == r.PairingId && later.Side == r.Side && later.AnsweredAtUtc > r.AnsweredAtUtc));
}
