using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>Pairings as the request page, the dashboard and the feedback form show them, newest first.</summary>
public static class PairingViewQuery
{
    public static IQueryable<PairingView> Of(IQueryable<Pairing> pairings) =>
        pairings.AsNoTracking()
            .OrderByDescending(p => p.ProposedAtUtc).ThenByDescending(p => p.Id)
            .Select(p => new PairingView(
                p.Id, p.MentorId, p.Mentor!.DisplayName, p.MenteeRequestId, p.Request!.DisplayName, p.State,
                p.ProposedAtUtc, p.RespondedAtUtc, p.EndedAtUtc, p.Reason));
}
