using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A mentor's details as they filled them in, read back for a form, with the row's version.</summary>
public static class MentorDetailsQuery
{
    public static async Task<(MentorDetails Details, Guid Version)?> ForUserAsync(IAppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var row = await db.Mentors.AsNoTracking()
            .Where(m => m.UserId == userId)
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
        return (new MentorDetails(
            m.DisplayName, m.Specialty, m.Hospital, m.County, m.State, row.Languages, row.Countries, m.HelpAreas, m.Capacity,
            m.MeetingPreference, m.Bio, m.ListInDirectory, m.ShowHospital, row.Licenses, m.Npi, m.BoardCertification,
            m.YearsInPractice, m.IsImg), m.Version);
    }
}
