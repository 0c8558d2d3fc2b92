namespace ImgPortal.Core.Dashboard;

/// <summary>The kinds of work the staff home lists first; the web layer links each to its screen.</summary>
public enum ToDoKind
{
    MentorApplications,
    RequestsWithoutProposal,
    ProposalsAboutToExpire,
    PagesOverdueForReview,
    ScheduledPublications,
}
