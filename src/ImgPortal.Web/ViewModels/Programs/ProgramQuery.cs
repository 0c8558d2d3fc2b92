using System.Globalization;
using ImgPortal.Core.Programs;

namespace ImgPortal.Web.ViewModels.Programs;

/// <summary>
/// The finder's query string (<c>/programs?specialty=…&amp;region=…&amp;j1=true&amp;years=4&amp;sort=confirmed&amp;page=2</c>):
/// every filter is a GET parameter, so a filtered list is a link to share and works without script.
/// </summary>
public sealed class ProgramQuery
{
    public const int MaxYears = 60;

    public string? Specialty { get; set; }

    /// <summary>The New York area (<c>region</c> in the query string: <c>area</c> is MVC's own route value, and a link carrying it would point into an area).</summary>
    public string? Region { get; set; }

    public bool J1 { get; set; }

    public bool H1b { get; set; }

    /// <summary>Years since the reader graduated: keeps programs that accept that many years or state no limit.</summary>
    public int? Years { get; set; }

    /// <summary>Keeps programs that state US clinical experience is not required (or only preferred).</summary>
    public bool NoClinical { get; set; }

    public bool Confirmed { get; set; }

    /// <summary><c>name</c> (default) or <c>confirmed</c>.</summary>
    public string? Sort { get; set; }

    public int Page { get; set; } = 1;

    public ProgramFilter ToFilter() => new(
        Specialty: Blank(Specialty),
        Area: Blank(Region),
        J1: J1,
        H1b: H1b,
        GraduatedYearsAgo: Years is { } y ? Math.Clamp(y, 0, MaxYears) : null,
        NoClinicalExperienceNeeded: NoClinical,
        Confirmed: Confirmed,
        Sort: string.Equals(Sort, "confirmed", StringComparison.OrdinalIgnoreCase) ? ProgramSort.LastConfirmed : ProgramSort.Name,
        Page: Page);

    /// <summary>The filters as route values (defaults left out), for the pager, the program links and the way back.</summary>
    public Dictionary<string, string?> RouteValues(bool withPage = false)
    {
        var filter = ToFilter();
        var values = new Dictionary<string, string?>();
        Add(values, "specialty", filter.Specialty);
        Add(values, "region", filter.Area);
        Add(values, "j1", filter.J1 ? "true" : null);
        Add(values, "h1b", filter.H1b ? "true" : null);
        Add(values, "years", filter.GraduatedYearsAgo?.ToString(CultureInfo.InvariantCulture));
        Add(values, "noclinical", filter.NoClinicalExperienceNeeded ? "true" : null);
        Add(values, "confirmed", filter.Confirmed ? "true" : null);
        Add(values, "sort", filter.Sort == ProgramSort.LastConfirmed ? "confirmed" : null);
        Add(values, "page", withPage && filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        return values;
    }

    /// <summary>The query string for <see cref="RouteValues"/> ("" when no filter is set).</summary>
    public string QueryString(bool withPage = false)
    {
        var values = RouteValues(withPage);
        return values.Count == 0 ? string.Empty
            : "?" + string.Join('&', values.Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
    }

    public bool HasFilters => RouteValues().Keys.Any(k => k != "sort");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Add(Dictionary<string, string?> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }
}
