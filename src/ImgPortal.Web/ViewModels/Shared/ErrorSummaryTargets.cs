using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ImgPortal.Web.ViewModels.Shared;

/// <summary>
/// Where the error summary (<c>Views/Shared/_ErrorSummary.cshtml</c>, ADR 0082) links a field whose input does not
/// carry the id ASP.NET would give it, such as a list of checkboxes: the summary links to the first box.
/// </summary>
public static class ErrorSummaryTargets
{
    public const string Key = "ErrorSummaryTargets";

    /// <summary>Links the errors of <paramref name="field"/> (a model-state key) to the element <paramref name="id"/>.</summary>
    public static void Link(ViewDataDictionary viewData, string field, string id)
    {
        if (viewData[Key] is not Dictionary<string, string> targets)
        {
            targets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            viewData[Key] = targets;
        }

        targets[field] = id;
    }

    /// <summary>The element to link the errors of <paramref name="field"/> to, if a view named one.</summary>
    public static string? For(ViewDataDictionary viewData, string field) =>
        viewData[Key] is Dictionary<string, string> targets && targets.TryGetValue(field, out var id) ? id : null;
}
