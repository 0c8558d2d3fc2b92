using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs;

/// <summary>
/// Filters and pages the programs in the database, judges each against the signed-in member's profile
/// (<see cref="ProgramFit"/>) and keeps her shortlist: every shortlist read and change is for the current user only.
/// </summary>
public sealed class ProgramService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IProgramService
{
    public const int PageSize = 20;

    public async Task<ProgramFinderPage> FindAsync(ProgramFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Filtered(db.Programs.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var ordered = filter.Sort == ProgramSort.LastConfirmed
            ? query.OrderBy(p => p.LastConfirmedByProgram == null).ThenByDescending(p => p.LastConfirmedByProgram).ThenBy(p => p.Name).ThenBy(p => p.Id)
            : query.OrderBy(p => p.Name).ThenBy(p => p.Id);
        var page = Paging.ClampPage(filter.Page);
        var programs = await ordered.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var specialties = await db.Programs.AsNoTracking().Select(p => p.Specialty).Distinct().OrderBy(s => s).ToListAsync(cancellationToken);
        var (profile, saved) = await MemberAsync(cancellationToken);
        var items = programs.Select(p => Item(p, profile, saved)).ToList();
        return new ProgramFinderPage(new PagedResult<ProgramListItem>(items, page, PageSize, total), specialties, NewYorkAreas.All, profile is not null);
    }

    public async Task<ProgramListItem?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (program is null)
        {
            return null;
        }

        var (profile, saved) = await MemberAsync(cancellationToken);
        return Item(program, profile, saved);
    }

    public async Task<IReadOnlyList<ProgramListItem>> ShortlistAsync(CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("The shortlist needs a signed-in member.");
        var programs = await db.Programs.AsNoTracking()
            .Where(p => db.ShortlistedPrograms.Any(s => s.UserId == userId && s.ProgramId == p.Id))
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var (profile, saved) = await MemberAsync(cancellationToken);
        return programs.Select(p => Item(p, profile, saved)).ToList();
    }

    public async Task<Outcome> SaveAsync(string key, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("The shortlist needs a signed-in member.");
        var program = await db.Programs.AsNoTracking().Where(p => p.Key == key).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (program is null)
        {
            return Outcome.NotFound();
        }

        if (!await db.ShortlistedPrograms.AnyAsync(s => s.UserId == userId && s.ProgramId == program.Id, cancellationToken))
        {
            db.ShortlistedPrograms.Add(new ShortlistedProgram { UserId = userId, ProgramId = program.Id, AddedAtUtc = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A second click saved it first: it is on the shortlist either way.
                db.DiscardChanges();
            }
        }

        return Outcome.Done($"Saved {program.Name} to your shortlist.");
    }

    public async Task<Outcome> RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("The shortlist needs a signed-in member.");
        var program = await db.Programs.AsNoTracking().Where(p => p.Key == key).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (program is null)
        {
            return Outcome.NotFound();
        }

        await db.ShortlistedPrograms.Where(s => s.UserId == userId && s.ProgramId == program.Id).ExecuteDeleteAsync(cancellationToken);
        return Outcome.Done($"Removed {program.Name} from your shortlist.");
    }

    public static IQueryable<ResidencyProgram> Filtered(IQueryable<ResidencyProgram> programs, ProgramFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Specialty))
        {
            programs = programs.Where(p => p.Specialty == filter.Specialty);
        }

        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            programs = programs.Where(p => p.Area == filter.Area);
        }

        if (filter.J1)
        {
            programs = programs.Where(p => p.J1 == J1Policy.Accepts);
        }

        if (filter.H1b)
        {
            programs = programs.Where(p => p.H1b == H1bPolicy.Sponsors);
        }

        if (filter.GraduatedYearsAgo is { } years)
        {
            programs = programs.Where(p => p.YearsSinceGraduation == LimitPolicy.NoLimit
                || (p.YearsSinceGraduation == LimitPolicy.Limit && p.YearsSinceGraduationLimit >= years));
        }

        if (filter.NoClinicalExperienceNeeded)
        {
            programs = programs.Where(p => p.ClinicalExperience == ClinicalExperiencePolicy.NotRequired || p.ClinicalExperience == ClinicalExperiencePolicy.Preferred);
        }

        if (filter.Confirmed)
        {
            programs = programs.Where(p => p.LastConfirmedByProgram != null);
        }

        return programs;
    }

    private ProgramListItem Item(ResidencyProgram program, FitProfile? profile, IReadOnlySet<int> saved) =>
        new(program, profile is null ? null : ProgramFit.Judge(program, profile, clock.GetUtcNow().Year), saved.Contains(program.Id));

    /// <summary>The signed-in member's profile as the fit rules read it, and her saved program ids; nothing for a visitor.</summary>
    private async Task<(FitProfile? Profile, IReadOnlySet<int> Saved)> MemberAsync(CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId)
        {
            return (null, new HashSet<int>());
        }

        var profile = await db.ImgProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var saved = await db.ShortlistedPrograms.AsNoTracking().Where(s => s.UserId == userId).Select(s => s.ProgramId).ToListAsync(cancellationToken);
        return (profile is null ? null : FitProfile.From(profile), saved.ToHashSet());
    }
}
