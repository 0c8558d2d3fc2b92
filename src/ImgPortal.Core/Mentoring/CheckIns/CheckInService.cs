using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>
/// The signed link is the permission: it names the pairing, the side, the check-in and the answer. Once the pairing
/// has ended the link records nothing (<see cref="Pairings.EndedPairingGuard"/>).
/// </summary>
public sealed class CheckInService(IAppDbContext db, ICheckInTokens tokens, TimeProvider clock) : ICheckInService
{
    public const string ExpiredMessage = "This link has expired. Your mentoring page has everything you need, and staff are glad to hear from you.";

    public const string PairingGoneMessage = "This pairing is no longer in the program, so there is nothing to answer.";

    public const string InvalidMessage = "This link is not complete or has been changed. Please use the link exactly as it came in the e-mail.";

    public async Task<Outcome<CheckInThanks>> AnswerAsync(string? token, CancellationToken cancellationToken = default)
    {
        var read = tokens.Read(token);
        if (read.Status != CheckInTokenStatus.Valid || read.Token is not { } answer)
        {
            return Outcome.Invalid(read.Status == CheckInTokenStatus.Expired ? ExpiredMessage : InvalidMessage).As<CheckInThanks>();
        }

        if (await Pairings.EndedPairingGuard.RefusalAsync(db, answer.PairingId, cancellationToken) is { } refused)
        {
            // The link's page says why nothing was recorded, also when the pairing is gone (a deleted account's).
            return (refused.Kind == OutcomeKind.NotFound ? Outcome.Invalid(PairingGoneMessage) : refused).As<CheckInThanks>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var response = await db.CheckInResponses.SingleOrDefaultAsync(
            r => r.PairingId == answer.PairingId && r.Side == answer.Side && r.Milestone == answer.Milestone, cancellationToken);
        if (response is null)
        {
            response = new CheckInResponse { PairingId = answer.PairingId, Side = answer.Side, Milestone = answer.Milestone };
            db.CheckInResponses.Add(response);
        }

        response.Answer = answer.Answer;
        response.AnsweredAtUtc = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click raced this one to the insert: the first answer stands, and it is the same person's.
            db.DiscardChanges();
        }

        return Outcome.DoneWith("Thank you: your answer is recorded.", new CheckInThanks(answer.PairingId, answer.Milestone, answer.Answer));
    }
}
