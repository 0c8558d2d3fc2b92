using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Directory;

public sealed class MentorDirectoryService(IAppDbContext db) : IMentorDirectoryService
{
    public async Task<DirectoryResults> DirectoryAsync(
        DirectoryFilter filter, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Min(Paging.ClampPage(page), MentoringPaging.DirectoryMaxPage);
        await db.KeepConnectionOpenAsync(cancellationToken);    // the count, the page and the page's settings: one connection
        var mentors = db.Mentors.AsNoTracking()
            .Where(m => m.Status == MentorStatus.Approved && m.ListInDirectory);
        if (!string.IsNullOrEmpty(filter.Specialty))
        {
            mentors = mentors.Where(m => m.Specialty == filter.Specialty);
        }

        if (!string.IsNullOrEmpty(filter.State))
        {
            mentors = mentors.Where(m => m.State == filter.State);
        }

        if (!string.IsNullOrEmpty(filter.Language))
        {
            mentors = mentors.Where(m => m.Languages.Any(l => l.Language == filter.Language));
        }

        var pageSize = MentoringPaging.DirectoryPageSize;
        // A bounded count: walking every match of a broad filter is what made the directory slow at scale.
        var counted = await mentors.Take(MentoringPaging.DirectoryCountLimit + 1).CountAsync(cancellationToken);
        var total = Math.Min(counted, MentoringPaging.DirectoryCountLimit);
        var rows = await mentors
            .OrderBy(m => m.DisplayName).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new
            {
                m.Id,
                m.DisplayName,
                m.Specialty,
                Hospital = m.ShowHospital ? m.Hospital : null,
                m.County,
                m.State,
                Languages = m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                m.HelpAreas,
                m.Bio,
                Free = m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace) < m.Capacity,
            })
            .ToListAsync(cancellationToken);
        var entries = rows
            .Select(r => new DirectoryEntry(r.Id, r.DisplayName, r.Specialty, r.Hospital, r.County, r.State, r.Languages, r.HelpAreas, r.Bio, r.Free))
            .ToList();
        return new DirectoryResults(
            new PagedResult<DirectoryEntry>(entries, page, pageSize, total), counted > MentoringPaging.DirectoryCountLimit);
    }
}
