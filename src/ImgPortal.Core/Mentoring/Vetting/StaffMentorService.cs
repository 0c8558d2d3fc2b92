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
        var m = await db.Mentors.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new
            {
                Mentor = m,
                Languages = m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                Countries = m.TrainingCountries.OrderBy(c => c.Country).Select(c => c.Country).ToList(),
                Licenses = m.Licenses.OrderBy(l => l.Id).Select(l => new LicenseDetails(l.State, l.Number, l.ExpiresOn)).ToList(),
                Checks = m.VettingChecks.ToList(),
                Past = m.PastApplications.OrderByDescending(a => a.AppliedAtUtc)
                    .Select(a => new PastApplicationRow(a.AppliedAtUtc, a.Decision, a.Reason, a.DecidedAtUtc)).ToList(),
                Held = m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (m is null)
        {
            return null;
        }

        var mentor = m.Mentor;
        var details = new MentorDetails(
            mentor.DisplayName, mentor.Specialty, mentor.Hospital, mentor.County, mentor.State, m.Languages, m.Countries,
            mentor.HelpAreas, mentor.Capacity, mentor.MeetingPreference, mentor.Bio, mentor.ListInDirectory, mentor.ShowHospital,
            m.Licenses, mentor.Npi, mentor.BoardCertification, mentor.YearsInPractice, mentor.IsImg);
        var address = await accounts.GetEmailAsync(mentor.UserId, cancellationToken);
        var steps = VettingRules.Steps(m.Checks, m.Licenses.Select(l => l.ExpiresOn), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), mentor.AgreedToTermsAtUtc, mentor.OrientationReadAtUtc);
        return new MentorRecord(
            mentor.Id, mentor.UserId, address, details, mentor.Status, mentor.StatusReason, mentor.AppliedAtUtc,
            mentor.ReviewedAtUtc, m.Held, mentor.Version, steps, m.Past);
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
