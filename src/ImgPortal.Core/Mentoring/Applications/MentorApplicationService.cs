using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Applications;

public sealed class MentorApplicationService(
    IAppDbContext db, ICurrentUser currentUser, TimeProvider clock, MentoringMailer mail, IPortalLinks links)
    : IMentorApplicationService
{
    private readonly MentoringEmails _emails = new(links);

    public async Task<OwnApplication?> GetOwnApplicationAsync(CancellationToken cancellationToken = default) =>
        currentUser.UserId is { } userId ? await OwnApplicationQuery.ForAsync(db, userId, cancellationToken) : null;

    public async Task<Outcome> ApplyAsync(MentorDetails details, bool readOrientation = false, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("Applying to mentor needs a signed-in user.");
        if (MentorDetailsRules.Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var mentor = await db.Mentors
            .Include(m => m.Languages)
            .Include(m => m.TrainingCountries)
            .Include(m => m.Licenses)
            .SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (mentor is not null && !MentorStatusRules.MayApply(mentor.Status))
        {
            return Outcome.Invalid("You have already applied to be a mentor.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (mentor is not null)
        {
            mentor.PastApplications.Add(new PastApplication
            {
                AppliedAtUtc = mentor.AppliedAtUtc,
                Decision = mentor.Status,
                Reason = mentor.StatusReason,
                DecidedAtUtc = mentor.ReviewedAtUtc,
                ReappliedAtUtc = now,
            });
        }
        else
        {
            mentor = new Mentor
            {
                UserId = userId,
                DisplayName = string.Empty,
                Specialty = string.Empty,
                Hospital = string.Empty,
                State = string.Empty,
            };
            db.Mentors.Add(mentor);
        }

        MentorDetailsRules.Apply(mentor, details);
        mentor.Status = MentorStatus.Pending;
        mentor.StatusReason = string.Empty;
        mentor.AppliedAtUtc = now;
        mentor.AgreedToTermsAtUtc = now;
        mentor.OrientationReadAtUtc = readOrientation ? now : null;
        mentor.ReviewedAtUtc = null;

        // The acknowledgement is queued before the save, so the application and its e-mail are stored together (ADR 0096).
        var review = ReviewEstimate.Describe(await RecentAverageReviewAsync(now, cancellationToken));
        await mail.SendAsync(userId, _emails.ApplicationReceived(mentor.DisplayName, review), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Thank you. Your application is waiting for staff to review it; we have e-mailed you what happens next.", mentor.Id);
    }

    public async Task<OwnApplicationDetails?> GetOwnDetailsAsync(CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } userId
            || await OwnApplicationQuery.ForAsync(db, userId, cancellationToken) is not { } application
            || await MentorDetailsQuery.ForUserAsync(db, userId, cancellationToken) is not { } details)
        {
            return null;
        }

        return new OwnApplicationDetails(application, details.Details, details.Version);
    }

    public async Task<Outcome> UpdateOwnAsync(Guid version, MentorDetails details, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("Changing an application needs a signed-in user.");
        var id = await db.Mentors.Where(m => m.UserId == userId).Select(m => (int?)m.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return Outcome.NotFound();
        }

        if (MentorDetailsRules.Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var mentor = await MentorEdits.LoadAsync(db, id.Value, version, cancellationToken);
        if (mentor!.Status != MentorStatus.Pending)
        {
            db.DiscardChanges();
            return Outcome.Invalid("Staff have already decided on your application, so it can no longer be changed here. Write to staff to change your roster entry.");
        }

        MentorDetailsRules.Apply(mentor, details);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done("Your application is saved. Staff will review it as it is now.", mentor.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("Staff changed your application since you opened it. Nothing was saved: look again and redo your change.");
        }
    }

    /// <summary>The average time from applying to staff's decision, over applications decided in the last <see cref="ReviewEstimate.WindowDays"/> days.</summary>
    private async Task<TimeSpan?> RecentAverageReviewAsync(DateTime now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-ReviewEstimate.WindowDays);
        var reviewed = await db.Mentors.AsNoTracking()
            .Where(m => m.ReviewedAtUtc != null && m.ReviewedAtUtc >= since)
            .Select(m => new { m.AppliedAtUtc, m.ReviewedAtUtc })
            .ToListAsync(cancellationToken);
        return ReviewEstimate.Average(reviewed.Select(r => r.ReviewedAtUtc!.Value - r.AppliedAtUtc).ToList());
    }
}
