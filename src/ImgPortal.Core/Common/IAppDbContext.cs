using ImgPortal.Core.Auditing;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

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

    DbSet<PageDraft> PageDrafts { get; }

    DbSet<PageRevision> PageRevisions { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Lets a service forget a failed unit of work (<c>ChangeTracker.Clear()</c>) before reading again.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
