using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Vetting;

public sealed class StaffMentorService(IAppDbContext db, IUserAccounts accounts, TimeProvider clock) : IStaffMentorService
{
    public async Task<PagedResult<MentorRow>> ListAsync(
        MentorStatus? status, string? specialty, int page, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var mentors = db.Mentors.AsNoTracking();
        if (status is { } s)
        {
            mentors = mentors.Where(m => m.Status == s);
        }

        if (!string.IsNullOrEmpty(specialty))
        {
            mentors = mentors.Where(m => m.Specialty == specialty);
        }

        var pageSize = MentoringPaging.StaffPageSize;
        var total = await mentors.CountAsync(cancellationToken);
        var rows = await mentors
            .OrderBy(m => m.Status == MentorStatus.Pending ? 0 : 1).ThenBy(m => m.AppliedAtUtc).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new MentorRow(
                m.Id, m.DisplayName, m.Specialty, m.State, m.Status, m.Capacity,
                m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
                m.AppliedAtUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<MentorRow>(rows, page, pageSize, total);
    }

    public async Task<MentorRecord?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        if (await MentorDetailsQuery.FindAsync(db, m => m.Id == id, cancellationToken) is not { } found)
        {
            return null;
        }

        var vetting = await db.Mentors.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new
            {
                Checks = m.VettingChecks.ToList(),
                Past = m.PastApplications.OrderByDescending(a => a.AppliedAtUtc)
                    .Select(a => new PastApplicationRow(a.AppliedAtUtc, a.Decision, a.Reason, a.DecidedAtUtc)).ToList(),
                Held = m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (vetting is null)
        {
            // Deleted between the two reads.
            return null;
        }

        var (mentor, details) = found;
        var address = await accounts.GetEmailAsync(mentor.UserId, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var steps = VettingRules.Steps(vetting.Checks, details.Licenses.Select(l => l.ExpiresOn), today, mentor.AgreedToTermsAtUtc, mentor.OrientationReadAtUtc);
        return new MentorRecord(
            mentor.Id, mentor.UserId, address, details, mentor.Status, mentor.StatusReason, mentor.AppliedAtUtc,
            mentor.ReviewedAtUtc, vetting.Held, mentor.Version, steps, vetting.Past);
    }

    public async Task<Outcome> UpdateAsync(int id, Guid version, MentorDetails details, CancellationToken cancellationToken = default)
    {
        if (MentorDetailsRules.Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var mentor = await MentorEdits.LoadAsync(db, id, version, cancellationToken);
        if (mentor is null)
        {
            return Outcome.NotFound();
        }

        MentorDetailsRules.Apply(mentor, details);
        return await MentorEdits.SaveAsync(db, "Saved " + Sentences.End(mentor.DisplayName), cancellationToken);
    }
}
