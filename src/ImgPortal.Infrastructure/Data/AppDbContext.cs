using System.Reflection;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Glossary;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Data;

/// <summary>
/// The one context. Each database provider derives its own type from it (<see cref="Sqlite.SqliteAppDbContext"/>,
/// <see cref="SqlServer.SqlServerAppDbContext"/>) so each keeps its own migrations (ADR 0003); services and
/// Identity's stores only ever see this type.
/// </summary>
public abstract class AppDbContext : IdentityDbContext<ApplicationUser>, IAppDbContext, IDataProtectionKeyContext
{
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<GuidancePage> GuidancePages => Set<GuidancePage>();

    public DbSet<PageSection> PageSections => Set<PageSection>();

    public DbSet<WaiverProgramYear> WaiverProgramYears => Set<WaiverProgramYear>();

    public DbSet<StatePathway> StatePathways => Set<StatePathway>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<ContactPoint> ContactPoints => Set<ContactPoint>();

    public DbSet<ImgProfile> ImgProfiles => Set<ImgProfile>();

    public DbSet<ProfileTag> ProfileTags => Set<ProfileTag>();

    public DbSet<Core.Profiles.Outcomes.MemberOutcome> MemberOutcomes => Set<Core.Profiles.Outcomes.MemberOutcome>();

    public DbSet<RoadmapStep> RoadmapSteps => Set<RoadmapStep>();

    public DbSet<MemberStepState> MemberStepStates => Set<MemberStepState>();

    public DbSet<SeasonDate> SeasonDates => Set<SeasonDate>();

    public DbSet<Core.Costs.Fee> Fees => Set<Core.Costs.Fee>();

    public DbSet<Core.Costs.SavedCostPlan> SavedCostPlans => Set<Core.Costs.SavedCostPlan>();

    public DbSet<ReminderLog> ReminderLogs => Set<ReminderLog>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<Core.Alerts.ChangeLogEntry> ChangeLogEntries => Set<Core.Alerts.ChangeLogEntry>();

    public DbSet<Core.Alerts.AlertSubscription> AlertSubscriptions => Set<Core.Alerts.AlertSubscription>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public IQueryable<MemberAccount> MemberAccounts =>
        Users.AsNoTracking().Select(u => new MemberAccount { UserId = u.Id, Email = u.Email ?? string.Empty, EmailConfirmed = u.EmailConfirmed });

    public DbSet<Mentor> Mentors => Set<Mentor>();

    public DbSet<PastApplication> PastApplications => Set<PastApplication>();

    public DbSet<MentorLanguage> MentorLanguages => Set<MentorLanguage>();

    public DbSet<MentorTrainingCountry> MentorTrainingCountries => Set<MentorTrainingCountry>();

    public DbSet<MentorLicense> MentorLicenses => Set<MentorLicense>();

    public DbSet<VettingCheck> VettingChecks => Set<VettingCheck>();

    public DbSet<PairingNotice> PairingNotices => Set<PairingNotice>();

    public DbSet<MenteeRequest> MenteeRequests => Set<MenteeRequest>();

    public DbSet<Core.Mentoring.Choices.MentorChoice> MentorChoices => Set<Core.Mentoring.Choices.MentorChoice>();

    public DbSet<Pairing> Pairings => Set<Pairing>();

    public DbSet<PairingFeedback> PairingFeedback => Set<PairingFeedback>();

    public DbSet<MentoringSettings> MentoringSettings => Set<MentoringSettings>();

    public DbSet<Core.Mentoring.Agreements.MentoringAgreement> MentoringAgreements => Set<Core.Mentoring.Agreements.MentoringAgreement>();

    public DbSet<Core.Mentoring.Log.PairingLogEntry> PairingLogEntries => Set<Core.Mentoring.Log.PairingLogEntry>();

    public DbSet<Core.Mentoring.CheckIns.CheckInResponse> CheckInResponses => Set<Core.Mentoring.CheckIns.CheckInResponse>();

    public void DiscardChanges() => ChangeTracker.Clear();

    public async Task KeepConnectionOpenAsync(CancellationToken cancellationToken = default)
    {
        // EF closes only what it opened itself: a connection opened here stays open until the context is disposed.
        if (Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await Database.OpenConnectionAsync(cancellationToken);
        }
    }

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is not null
            ? work(cancellationToken)
            : Database.CreateExecutionStrategy().ExecuteAsync(
                work,
                async (_, run, ct) =>
                {
                    await using var transaction = await Database.BeginTransactionAsync(ct);
                    var result = await run(ct);
                    await transaction.CommitAsync(ct);
                    return result;
                },
                null,
                cancellationToken);

    public DbSet<PageDraft> PageDrafts => Set<PageDraft>();

    public DbSet<PageRevision> PageRevisions => Set<PageRevision>();

    public DbSet<PageReview> PageReviews => Set<PageReview>();

    public DbSet<DraftReviewRequest> DraftReviewRequests => Set<DraftReviewRequest>();

    public DbSet<DraftComment> DraftComments => Set<DraftComment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();

    public DbSet<Core.SourceWatch.TrackedSource> TrackedSources => Set<Core.SourceWatch.TrackedSource>();

    public DbSet<Core.SourceWatch.SourceCitation> SourceCitations => Set<Core.SourceWatch.SourceCitation>();

    public DbSet<Core.SourceWatch.SourceCheck> SourceChecks => Set<Core.SourceWatch.SourceCheck>();

    public DbSet<Core.SourceWatch.SourceReviewTask> SourceReviewTasks => Set<Core.SourceWatch.SourceReviewTask>();

    public DbSet<Core.Waivers.WaiverTimelinePlan> WaiverTimelinePlans => Set<Core.Waivers.WaiverTimelinePlan>();

    public DbSet<Core.Programs.ResidencyProgram> Programs => Set<Core.Programs.ResidencyProgram>();

    public DbSet<Core.Programs.ShortlistedProgram> ShortlistedPrograms => Set<Core.Programs.ShortlistedProgram>();

    public DbSet<Core.Programs.Confirmations.ProgramConfirmationRequest> ProgramConfirmationRequests => Set<Core.Programs.Confirmations.ProgramConfirmationRequest>();

    public DbSet<Core.Programs.Lca.LcaImport> LcaImports => Set<Core.Programs.Lca.LcaImport>();

    public DbSet<Core.Programs.Lca.LcaFiling> LcaFilings => Set<Core.Programs.Lca.LcaFiling>();

    public DbSet<Core.Programs.Lca.LcaEmployerMatch> LcaEmployerMatches => Set<Core.Programs.Lca.LcaEmployerMatch>();

    /// <summary>The keys that protect sign-in cookies and e-mailed tokens, shared by every instance (ADR 0033).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(Assembly.GetExecutingAssembly());
    }

    /// <summary>Every save of a staff-edited entity gets a new version; the old one guards the UPDATE.</summary>
    private void RenewVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
