using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Common;

/// <summary>The application's data, as the services see it. One context, no generic repositories (ADR 0002).</summary>
public interface IAppDbContext
{
    DbSet<GuidancePage> GuidancePages { get; }

    DbSet<PageSection> PageSections { get; }

    DbSet<WaiverProgramYear> WaiverProgramYears { get; }

    DbSet<StatePathway> StatePathways { get; }

    DbSet<Organisation> Organisations { get; }

    DbSet<ContactPoint> ContactPoints { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
