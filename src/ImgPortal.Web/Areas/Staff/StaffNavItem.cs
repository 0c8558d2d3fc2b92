namespace ImgPortal.Web.Areas.Staff;

/// <summary>
/// One entry in the Staff area's menu: the action it opens (rendered by tag helpers, so a route change moves the
/// link too), its text, a line saying what is there, and the role it needs beyond Staff, if any.
/// </summary>
/// <param name="Controller">The Staff-area controller.</param>
/// <param name="Action">Its action.</param>
/// <param name="Text">The menu text.</param>
/// <param name="Description">What staff find there, shown on the staff home.</param>
/// <param name="Role">A role needed beyond Staff (e.g. Admin), or none.</param>
/// <param name="RecordType">For a structured-record list, its type's slug (the <c>type</c> route value).</param>
public sealed record StaffNavItem(string Controller, string Action, string Text, string Description, string? Role = null, string? RecordType = null)
{
    /// <summary>The entry of a structured-record list (<c>RecordsController.Index</c>) for the type <paramref name="slug"/>.</summary>
    public static StaffNavItem Records(string slug, string text, string description) =>
        new("Records", "Index", text, description, RecordType: slug);

    /// <summary>The route values the link needs besides area, controller and action.</summary>
    public IReadOnlyDictionary<string, string?> RouteValues =>
        RecordType is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["type"] = RecordType };
}
