using System.Globalization;
using ImgPortal.Core.Costs;

namespace ImgPortal.Web.ViewModels.Costs;

/// <summary>The cost planner page: the plan's estimate, every fee record, and whether the plan came from the profile.</summary>
public sealed record CostsViewModel(CostEstimate Estimate, IReadOnlyList<Fee> Fees)
{
    /// <summary>True when the form was filled from the member's profile (no plan in the address).</summary>
    public bool FromProfile { get; init; }

    public bool SignedIn { get; init; }

    /// <summary>The plan as a query string, for the CSV link and the saved-plan link.</summary>
    public string Query => CostPlanQuery.Of(Estimate.Plan);

    /// <summary>The member's saved plan (its query string), if any.</summary>
    public string? SavedQuery { get; init; }

    public bool IsSaved => SavedQuery is not null && SavedQuery == Query;

    public static string Money(decimal amount) =>
        amount == decimal.Truncate(amount)
            ? "$" + amount.ToString("N0", CultureInfo.InvariantCulture)
            : "$" + amount.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>"$395–$470", "$120", or "Not known".</summary>
    public static string Range(decimal? low, decimal? high) =>
        low is null || high is null ? "Not known" : low == high ? Money(low.Value) : $"{Money(low.Value)}–{Money(high.Value)}";

    /// <summary>A part's total: the range of the priced lines, plus how many lines could not be priced.</summary>
    public static string Total(CostTotal total)
    {
        var range = Range(total.Low, total.High);
        return total.UnknownCount switch
        {
            0 => range,
            1 => $"{range} plus 1 item we could not price",
            var n => $"{range} plus {n} items we could not price",
        };
    }

    public static string Date(DateOnly? date) => date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture) ?? "Not checked";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
