using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Sharing;

/// <inheritdoc cref="IRoadmapSharingService"/>
public sealed class RoadmapSharingService(IAppDbContext db, ICurrentUser currentUser, IRoadmapService roadmaps) : IRoadmapSharingService
{
    public async Task<RoadmapShare?> ForPairingAsync(int pairingId, CancellationToken cancellationToken = default)
    {
        var pairing = await PairingAsync(pairingId, cancellationToken);
        var userId = currentUser.UserId;
        if (pairing is null || userId is null)
        {
            return null;
        }

        if (pairing.MemberUserId == userId)
        {
            return new RoadmapShare(PairingSide.Member, pairing.Consent, null) { MayChange = RoadmapSharingRules.IsOpen(pairing.State) };
        }

        if (pairing.MentorUserId != userId)
        {
            return null;
        }

        var roadmap = RoadmapSharingRules.MayShow(PairingSide.Mentor, pairing.State, pairing.Consent)
            ? RoadmapSharingRules.From(await roadmaps.GetForAsync(pairing.MemberUserId, cancellationToken))
            : null;
        return new RoadmapShare(PairingSide.Mentor, roadmap is not null, roadmap);
    }

    public async Task<Outcome> SetConsentAsync(int pairingId, bool share, CancellationToken cancellationToken = default)
    {
        var pairing = await PairingAsync(pairingId, cancellationToken);
        if (pairing is null || currentUser.UserId is not { } userId || pairing.MemberUserId != userId)
        {
            return Outcome.NotFound();
        }

        if (!RoadmapSharingRules.IsOpen(pairing.State))
        {
            return Outcome.Invalid("This pairing has ended, so there is nothing to share.");
        }

        var request = await db.MenteeRequests.SingleAsync(r => r.Id == pairing.RequestId, cancellationToken);
        request.ShareRoadmapWithMentor = share;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(
            share ? "Your mentor can now see your roadmap stage and next dated steps." : "Your roadmap is no longer shared with your mentor.",
            pairingId);
    }

    public async Task<SharedRoadmap?> ForProposalAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var request = await db.MenteeRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.MemberUserId, r.ShareRoadmapWithMentor })
            .SingleOrDefaultAsync(cancellationToken);
        return request is { ShareRoadmapWithMentor: true }
            ? RoadmapSharingRules.From(await roadmaps.GetForAsync(request.MemberUserId, cancellationToken))
            : null;
    }

    private async Task<PairingParties?> PairingAsync(int pairingId, CancellationToken cancellationToken) =>
        await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => new PairingParties(p.Mentor!.UserId, p.Request!.MemberUserId, p.MenteeRequestId, p.State, p.Request.ShareRoadmapWithMentor))
            .SingleOrDefaultAsync(cancellationToken);

    private sealed record PairingParties(string MentorUserId, string MemberUserId, int RequestId, PairingState State, bool Consent);
}
