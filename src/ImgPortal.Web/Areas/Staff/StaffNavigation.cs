using ImgPortal.Core.Common;

namespace ImgPortal.Web.Areas.Staff;

/// <summary>The Staff area's menu, shown in its layout and on its home page. Each feature adds its entry here.</summary>
public static class StaffNavigation
{
    public static readonly IReadOnlyList<StaffNavItem> Items =
    [
        new("Home", "Index", "Staff home", "Where to start."),
        new("Members", "Index", "Members", "Find members by roadmap stage, specialty, state, visa and mentoring; export them as CSV."),
        new("Mentoring", "Dashboard", "Mentoring overview", "Open requests, active pairings, mentors near capacity, waiting times."),
        new("Mentors", "Index", "Mentors", "Vet applications to mentor; approve, decline, pause, retire; edit the roster."),
        new("Requests", "Index", "Mentee requests", "Members' requests for a mentor, ranked suggestions, pairing."),
        new("Pairings", "Index", "Active pairings", "Pairings after the match: agreements, meetings logged, and the stuck ones with why."),

        new("Pages", "Index", "Guidance pages", "Edit pages as drafts, preview, publish or schedule them; history and restore."),
        StaffNavItem.Records("waiver-years", "J-1 waiver figures", "Each waiver program's figures by year."),
        StaffNavItem.Records("state-pathways", "State pathways", "States' actions on IMG pathways: licenses, supervised practice, programs."),
        StaffNavItem.Records("organizations", "Organizations", "Who does what for IMGs, as listed on the residency page."),
        StaffNavItem.Records("contacts", "Contacts", "Offices to contact, as listed on the contact page."),
        StaffNavItem.Records("glossary", "Glossary", "Terms and plain-language definitions, with sources; linked from their first use on guidance pages."),
        StaffNavItem.Records("roadmap-steps", "Roadmap steps", "The steps of members' residency roadmap; changes update members' stages."),
        StaffNavItem.Records("programs", "Residency programs", "New York programs and their stated policies, each with its source; shown in the program finder."),
        new("ProgramConfirmations", "Index", "Program confirmations", "Programs that have not confirmed their records this year; send coordinators a link, remind them, review proposed changes."),
        StaffNavItem.Records("season-dates", "Season dates", "Match season dates shown on every roadmap and in the calendar."),
        new("Lca", "Index", "H-1B evidence (DOL LCA)", "Import DOL's LCA disclosure file; confirm which employers are which sponsoring institutions."),
        StaffNavItem.Records("fees", "Fees", "Fees on the way to residency, with sources; the cost planner at /costs prices plans with them."),
        new("Sources", "Index", "Source watch", "Every address the guidance cites, checked weekly; a review task when a source changes, moves or fails."),
        new("Audit", "Index", "Audit trail", "Every change made by staff and admins: who, what, when, before and after."),
        new("Users", "Index", "Users and roles", "Find people, grant or remove Staff, Mentor and Admin, lock and unlock accounts.", Roles.Admin),
    ];

    public static IEnumerable<StaffNavItem> For(ICurrentUser user) =>
        Items.Where(i => i.Role is null || user.IsInRole(i.Role));
}
