namespace ImgPortal.Web.ViewModels.Shared;

/// <summary>
/// What the one pager (<c>_Pager</c>) needs: the page shown, how many there are, and the route values of the list
/// (its filters) to keep on every link. Links go to the current action unless <see cref="Action"/> says otherwise.
/// The pager shows first, previous, a window of pages around the current one, next and last: at most
/// <see cref="MaxLinks"/> links however long the list.
/// </summary>
public sealed record PagerViewModel(int Page, int TotalPages, IReadOnlyDictionary<string, string?> RouteValues, string? Action = null)
{
    /// <summary>Pages shown on each side of the current one.</summary>
    public const int Window = 2;

    /// <summary>First, previous, the window, next, last.</summary>
    public const int MaxLinks = 4 + (2 * Window) + 1;

    public PagerViewModel(int page, int totalPages)
        : this(page, totalPages, new Dictionary<string, string?>())
    {
    }

    /// <summary>The page numbers linked around the current one, in order.</summary>
    public IReadOnlyList<int> WindowPages()
    {
        var first = Math.Max(1, Math.Min(Page, TotalPages) - Window);
        var last = Math.Min(TotalPages, Math.Max(Page, 1) + Window);
        return first > last ? [] : Enumerable.Range(first, last - first + 1).ToList();
    }

    /// <summary>The route values of the link to <paramref name="page"/>: the list's own, plus the page.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = RouteValues.Where(v => !string.IsNullOrEmpty(v.Value)).ToDictionary(v => v.Key, v => v.Value!, StringComparer.OrdinalIgnoreCase);
        values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
