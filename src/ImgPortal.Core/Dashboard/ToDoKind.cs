namespace ImgPortal.Core.Dashboard;

/// <summary>The kinds of work the staff home lists first; the web layer links each to its screen.</summary>
public enum ToDoKind
{
    MentorApplications,
    RequestsWithoutProposal,
    ProposalsAboutToExpire,
    PagesOverdueForReview,
    ScheduledPublications,

    /// <summary>Active mentoring pairings with no meeting logged after 30 days, or a "not well" check-in answer.</summary>
    StuckPairings,
}
