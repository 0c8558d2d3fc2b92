using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>
/// After any save that adds, changes or deletes something a public page shows (guidance pages and their
/// sections, the structured records, mentors in the directory), evicts every cached public page. One place
/// for every path that changes content: staff publishing, scheduled publishing, record editors, mentor
/// approvals, restores. Drafts, revisions and members' data are not public and evict nothing.
/// </summary>
public sealed class PublicContentChangeInterceptor(IPublicPageCache cache) : SaveChangesInterceptor
{
    private static readonly HashSet<Type> PublicTypes =
    [
        typeof(GuidancePage), typeof(PageSection), typeof(WaiverProgramYear), typeof(StatePathway), typeof(Organization),
        typeof(ContactPoint), typeof(Mentor), typeof(MentorLanguage), typeof(MentorTrainingCountry),
        typeof(Core.Glossary.GlossaryTerm), typeof(MentoringSettings),
    ];

    private bool _publicChange;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _publicChange |= TouchesPublicContent(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _publicChange |= TouchesPublicContent(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_publicChange)
        {
            _publicChange = false;
            cache.EvictAllAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_publicChange)
        {
            _publicChange = false;
            await cache.EvictAllAsync(cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _publicChange = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _publicChange = false;
        return Task.CompletedTask;
    }

    private static bool TouchesPublicContent(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && PublicTypes.Contains(e.Metadata.ClrType));
}
