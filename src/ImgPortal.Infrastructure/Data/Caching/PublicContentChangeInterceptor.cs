using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>
/// The one event that follows a change visitors can see (ADR 0064). After a save that adds, changes or deletes
/// something a public page shows (guidance pages and their sections, the structured records, mentors in the
/// directory, the glossary, the mentoring settings) has <em>committed</em>, moves <see cref="PublicContentVersion"/>
/// on and tells every <see cref="IPublicContentCache"/> once. A save without a transaction of its own commits as it
/// ends; a save inside a transaction (the audit trail's, a record store's, a caller's) is told when that transaction
/// commits, so no reader can refill a cache with the old content between the eviction and the commit. A failed save
/// or a transaction rolled back tells nobody. Drafts, revisions and members' data are not public and evict nothing.
/// </summary>
public sealed class PublicContentChangeInterceptor(
    PublicContentVersion version, IEnumerable<IPublicContentCache> caches, ILogger<PublicContentChangeInterceptor> logger)
    : AfterCommitInterceptor<Type>
{
    private static readonly HashSet<Type> PublicTypes =
    [
        typeof(GuidancePage), typeof(PageSection), typeof(WaiverProgramYear), typeof(StatePathway), typeof(Organization),
        typeof(ContactPoint), typeof(Mentor), typeof(MentorLanguage), typeof(MentorTrainingCountry),
        typeof(Core.Glossary.GlossaryTerm), typeof(MentoringSettings), typeof(Core.Costs.Fee), typeof(Core.Programs.ResidencyProgram), typeof(Core.Profiles.RoadmapStep),
        typeof(Core.Alerts.ChangeLogEntry),
    ];

    private readonly IPublicContentCache[] _caches = [.. caches];

    /// <summary>
    /// The change is committed: the version first (every request from now on reads and stores under the new one),
    /// then each cache. Not cancellable: the change is done, and a cache left unevicted would show the old content.
    /// </summary>
    protected override async Task CommittedAsync(IReadOnlyList<Type> committed)
    {
        version.Advance();
        foreach (var cache in _caches)
        {
            try
            {
                await cache.EvictAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The change is committed; failing the request now would tell the editor it was not.
                logger.LogError(ex, "A cache of public content ({Cache}) could not be evicted after a change", cache.GetType().Name);
            }
        }
    }

    /// <summary>The public types the save adds, changes or deletes; none when it touches no public content.</summary>
    protected override IEnumerable<Type> Note(DbContext context) =>
        context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && PublicTypes.Contains(e.Metadata.ClrType))
            .Select(e => e.Metadata.ClrType)
            .Distinct()
            .ToList();
}
