using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>Staff's changes to a mentor, guarded by the version the editor loaded (ADR 0007).</summary>
public static class MentorEdits
{
    public static async Task<Mentor?> LoadAsync(IAppDbContext db, int id, Guid version, CancellationToken cancellationToken)
    {
        var mentor = await db.Mentors
            .Include(m => m.Languages)
            .Include(m => m.TrainingCountries)
            .Include(m => m.Licenses)
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mentor is null)
        {
            return null;
        }

        // The version the editor loaded guards the UPDATE (ADR 0007), not the one just read.
        db.Mentors.Entry(mentor).Property(m => m.Version).OriginalValue = version;
        mentor.Version = Guid.NewGuid();
        return mentor;
    }

    public static async Task<Outcome> SaveAsync(IAppDbContext db, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("Someone else changed this mentor (or paired them) since you opened the page. Nothing was saved: look again and redo your change.");
        }
    }
}
