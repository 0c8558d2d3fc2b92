using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Notifications;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Vetting;

public sealed class VettingService(
    IAppDbContext db, ICurrentUser currentUser, MentoringMailer mail, IUserAccounts accounts, TimeProvider clock)
    : IVettingService
{
    public async Task<Outcome> CheckAsync(int id, VettingItem item, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff || !Enum.IsDefined(item))
        {
            return Outcome.NotFound();
        }

        var mentor = await db.Mentors.Include(m => m.VettingChecks).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mentor is null)
        {
            return Outcome.NotFound();
        }

        var check = mentor.VettingChecks.FirstOrDefault(c => c.Item == item);
        if (check is null)
        {
            check = new VettingCheck { Item = item, CheckedBy = string.Empty };
            mentor.VettingChecks.Add(check);
        }

        check.CheckedAtUtc = clock.GetUtcNow().UtcDateTime;
        check.CheckedBy = currentUser.Name ?? currentUser.UserId ?? "staff";
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done($"Recorded: {VettingRules.Label(item).ToLowerInvariant()}.");
    }

    public async Task<Outcome> ChangeStatusAsync(
        int id, Guid version, MentorStatus to, string? reason, CancellationToken cancellationToken = default)
    {
        var mentor = await MentorEdits.LoadAsync(db, id, version, cancellationToken);
        if (mentor is null)
        {
            return Outcome.NotFound();
        }

        if (!MentorStatusRules.MayMove(mentor.Status, to))
        {
            return Outcome.Invalid($"A mentor who is {mentor.Status} cannot be made {to}.");
        }

        if (to == MentorStatus.Approved && mentor.Status == MentorStatus.Pending)
        {
            var checks = await db.VettingChecks.AsNoTracking().Where(c => c.MentorId == id).ToListAsync(cancellationToken);
            var expiries = await db.MentorLicenses.AsNoTracking().Where(l => l.MentorId == id).Select(l => l.ExpiresOn).ToListAsync(cancellationToken);
            if (!VettingRules.IsComplete(VettingRules.Steps(checks, expiries, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), mentor.AgreedToTermsAtUtc, mentor.OrientationReadAtUtc)))
            {
                db.DiscardChanges();
                return Outcome.Invalid("Finish the vetting checklist before approving: every item ticked, and the licenses checked since they last came near expiry.");
            }
        }

        reason = reason?.Trim() ?? string.Empty;
        if (MentorStatusRules.NeedsReason(to) && reason.Length == 0)
        {
            return Outcome.Invalid("reason", "Give a reason: it is e-mailed to the mentor.");
        }

        if (reason.Length > MentoringLimits.Reason)
        {
            return Outcome.Invalid("reason", ReasonRules.TooLong);
        }

        var from = mentor.Status;
        mentor.Status = to;
        mentor.StatusReason = reason;
        mentor.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (MentoringEmails.StatusChanged(from, to, reason) is { } email)
        {
            await mail.SendAsync(mentor.UserId, email, cancellationToken);
        }

        var saved = await MentorEdits.SaveAsync(db, $"{mentor.DisplayName} is now {MentorStatusRules.InWords(to)}.", cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        if (to == MentorStatus.Approved && from == MentorStatus.Pending)
        {
            await accounts.AddToRoleAsync(mentor.UserId, Roles.Mentor, cancellationToken);
        }
        else if (to == MentorStatus.Retired)
        {
            await accounts.RemoveFromRoleAsync(mentor.UserId, Roles.Mentor, cancellationToken);
        }

        return saved;
    }
}
