using ImgPortal.Core.Common;

namespace ImgPortal.Web.Areas.Staff;

/// <summary>The Staff area's menu, shown in its layout and on its home page. Each feature adds its entry here.</summary>
public static class StaffNavigation
{
    public static readonly IReadOnlyList<StaffNavItem> Items =
    [
        new("/staff", "Staff home", "Where to start."),
        new("/staff/members", "Members", "Find members by roadmap stage, specialty, state, visa and mentoring; export them as CSV."),
        new("/staff/mentoring", "Mentoring overview", "Open requests, active pairings, mentors near capacity, waiting times."),
        new("/staff/mentors", "Mentors", "Vet applications to mentor; approve, decline, pause, retire; edit the roster."),
        new("/staff/requests", "Mentee requests", "Members' requests for a mentor, ranked suggestions, pairing."),

        new("/staff/pages", "Guidance pages", "Edit pages as drafts, preview, publish or schedule them; history and restore."),
        new("/staff/waiver-years", "J-1 waiver figures", "Each waiver program's figures by year."),
        new("/staff/state-pathways", "State pathways", "States' actions on IMG pathways: licenses, supervised practice, programs."),
        new("/staff/organisations", "Organizations", "Who does what for IMGs, as listed on the residency page."),
        new("/staff/contacts", "Contacts", "Offices to contact, as listed on the contact page."),
        new("/staff/glossary", "Glossary", "Terms and plain-language definitions, with sources; linked from their first use on guidance pages."),
        new("/staff/roadmap-steps", "Roadmap steps", "The steps of members' residency roadmap; changes update members' stages."),
        new("/staff/season-dates", "Season dates", "Match season dates shown on every roadmap and in the calendar."),
        new("/staff/audit", "Audit trail", "Every change made by staff and admins: who, what, when, before and after."),
        new("/staff/users", "Users and roles", "Find people, grant or remove Staff, Mentor and Admin, lock and unlock accounts.", Roles.Admin),
    ];

    public static IEnumerable<StaffNavItem> For(ICurrentUser user) =>
        Items.Where(i => i.Role is null || user.IsInRole(i.Role));
}
