using ImgPortal.Core.Auditing;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Glossary;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Common;

/// <summary>The application's data, as the services see it. One context, no generic repositories (ADR 0002).</summary>
public interface IAppDbContext
{
    DbSet<GuidancePage> GuidancePages { get; }

    DbSet<PageSection> PageSections { get; }

    DbSet<WaiverProgramYear> WaiverProgramYears { get; }

    DbSet<StatePathway> StatePathways { get; }

    DbSet<Organization> Organizations { get; }

    DbSet<ContactPoint> ContactPoints { get; }

    DbSet<ImgProfile> ImgProfiles { get; }

    DbSet<ProfileTag> ProfileTags { get; }

    DbSet<Profiles.Outcomes.MemberOutcome> MemberOutcomes { get; }

    DbSet<RoadmapStep> RoadmapSteps { get; }

    DbSet<MemberStepState> MemberStepStates { get; }

    DbSet<SeasonDate> SeasonDates { get; }

    /// <summary>Fees on the way to residency, priced by the cost planner.</summary>
    DbSet<Costs.Fee> Fees { get; }

    /// <summary>Members' cost plans saved to their roadmap.</summary>
    DbSet<Costs.SavedCostPlan> SavedCostPlans { get; }

    DbSet<ReminderLog> ReminderLogs { get; }

    /// <summary>Members' secret calendar addresses (token hashes).</summary>
    DbSet<CalendarFeed> CalendarFeeds { get; }

    /// <summary>Logins as Core may see them (id and e-mail), queryable so services can join on them in SQL.</summary>
    IQueryable<MemberAccount> MemberAccounts { get; }

    DbSet<Mentor> Mentors { get; }

    DbSet<PastApplication> PastApplications { get; }

    DbSet<MentorLanguage> MentorLanguages { get; }

    DbSet<MentorTrainingCountry> MentorTrainingCountries { get; }

    DbSet<MentorLicense> MentorLicenses { get; }

    DbSet<VettingCheck> VettingChecks { get; }

    DbSet<PairingNotice> PairingNotices { get; }

    DbSet<MenteeRequest> MenteeRequests { get; }

    DbSet<Mentoring.Choices.MentorChoice> MentorChoices { get; }

    DbSet<Pairing> Pairings { get; }

    DbSet<PairingFeedback> PairingFeedback { get; }

    DbSet<MentoringSettings> MentoringSettings { get; }

    /// <summary>Each accepted pairing's agreement (goals, how often, how long).</summary>
    DbSet<Mentoring.Agreements.MentoringAgreement> MentoringAgreements { get; }

    /// <summary>Pairings' shared logs of meetings and goals.</summary>
    DbSet<Mentoring.Log.PairingLogEntry> PairingLogEntries { get; }

    /// <summary>Answers to the 30- and 90-day check-in e-mails.</summary>
    DbSet<Mentoring.CheckIns.CheckInResponse> CheckInResponses { get; }

    DbSet<PageDraft> PageDrafts { get; }

    DbSet<PageRevision> PageRevisions { get; }

    DbSet<PageReview> PageReviews { get; }

    DbSet<DraftReviewRequest> DraftReviewRequests { get; }

    DbSet<DraftComment> DraftComments { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>The glossary's terms (<c>/glossary</c>).</summary>
    DbSet<GlossaryTerm> GlossaryTerms { get; }

    /// <summary>Members' own J-1 waiver dates (their personal timeline).</summary>
    DbSet<Waivers.WaiverTimelinePlan> WaiverTimelinePlans { get; }

    /// <summary>New York residency programs and their stated policies (<c>/programs</c>).</summary>
    DbSet<Programs.ResidencyProgram> Programs { get; }

    /// <summary>Members' saved programs (<c>/programs/shortlist</c>).</summary>
    DbSet<Programs.ShortlistedProgram> ShortlistedPrograms { get; }

    /// <summary>Links sent to program coordinators to confirm their programs' records, and their answers (ADR 0083).</summary>
    DbSet<Programs.Confirmations.ProgramConfirmationRequest> ProgramConfirmationRequests { get; }

    /// <summary>Uploads of DOL's LCA disclosure file and how their imports went (ADR 0076).</summary>
    DbSet<Programs.Lca.LcaImport> LcaImports { get; }

    /// <summary>Certified H-1B resident and fellow physician LCAs in New York, per fiscal year and employer.</summary>
    DbSet<Programs.Lca.LcaFiling> LcaFilings { get; }

    /// <summary>Staff's decisions on employer ↔ sponsoring institution matches, remembered across imports.</summary>
    DbSet<Programs.Lca.LcaEmployerMatch> LcaEmployerMatches { get; }

    /// <summary>The entities of type <typeparamref name="TEntity"/> (the generic record editor's access to its type).</summary>
    DbSet<TEntity> Set<TEntity>()
        where TEntity : class;

    /// <summary>
    /// Runs <paramref name="work"/> in one database transaction, committed when it returns and rolled back when it
    /// throws, under the provider's execution strategy (so it also works with SQL Server's retry on failure).
    /// The strategy may run <paramref name="work"/> again after a transient failure: it must start from fresh data.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    /// <summary>Published changes members can follow (ADR 0078).</summary>
    DbSet<Alerts.ChangeLogEntry> ChangeLogEntries { get; }

    /// <summary>Members' follow settings (<c>/alerts</c>).</summary>
    DbSet<Alerts.AlertSubscription> AlertSubscriptions { get; }

    /// <summary>E-mails waiting to be sent, and those sent (<see cref="OutboxMessage"/>).</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>Forgets every tracked change, so a refused save can be re-checked from fresh data.</summary>
    void DiscardChanges();

    /// <summary>
    /// Opens the connection now and keeps it until the context is disposed (the end of the request), so a page
    /// that runs several queries takes one connection from the pool instead of one per query. Taking and
    /// returning pooled SQLite connections goes through one lock, which was the main wait under load
    /// (docs/performance.md, "Directory and roadmap"). Does nothing when the connection is already open.
    /// </summary>
    Task KeepConnectionOpenAsync(CancellationToken cancellationToken = default);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
