using System.Linq.Expressions;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>
/// A mentor's details as they filled them in, read back for a form (the mentor's own, or staff's edit and review
/// screen): the one projection of a mentor row and its languages, training countries and licenses.
/// </summary>
public static class MentorDetailsQuery
{
    /// <summary>The signed-in mentor's details and the row's version, or null when the account has not applied.</summary>
    public static async Task<(MentorDetails Details, Guid Version)?> ForUserAsync(IAppDbContext db, string userId, CancellationToken cancellationToken) =>
        await FindAsync(db, m => m.UserId == userId, cancellationToken) is { } found ? (found.Details, found.Mentor.Version) : null;

    /// <summary>The one mentor <paramref name="where"/> picks (untracked) with its details, or null when there is none.</summary>
    public static async Task<(Mentor Mentor, MentorDetails Details)?> FindAsync(
        IAppDbContext db, Expression<Func<Mentor, bool>> where, CancellationToken cancellationToken)
    {
        var row = await db.Mentors.AsNoTracking()
            .Where(where)
            .Select(m => new
            {
                Mentor = m,
                Languages = m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                Countries = m.TrainingCountries.OrderBy(c => c.Country).Select(c => c.Country).ToList(),
                Licenses = m.Licenses.OrderBy(l => l.Id).Select(l => new LicenseDetails(l.State, l.Number, l.ExpiresOn)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var m = row.Mentor;
        return (m, new MentorDetails(
            m.DisplayName, m.Specialty, m.Hospital, m.County, m.State, row.Languages, row.Countries, m.HelpAreas, m.Capacity,
            m.MeetingPreference, m.Bio, m.ListInDirectory, m.ShowHospital, row.Licenses, m.Npi, m.BoardCertification,
            m.YearsInPractice, m.IsImg));
    }
}
