using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Applications;

public sealed class MentorApplicationService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IMentorApplicationService
{
    public async Task<OwnApplication?> GetOwnApplicationAsync(CancellationToken cancellationToken = default) =>
        currentUser.UserId is { } userId ? await OwnApplicationQuery.ForAsync(db, userId, cancellationToken) : null;

    public async Task<Outcome> ApplyAsync(MentorDetails details, CancellationToken cancellationToken = default)
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
        mentor.ReviewedAtUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Thank you. Your application is waiting for staff to review it; we will e-mail you.", mentor.Id);
    }
}
