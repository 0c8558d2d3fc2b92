using System.Linq.Expressions;

namespace ImgPortal.Core.Common;

/// <summary>The 50 states and DC, in the order people look for them: by name. The one list every form and filter uses.</summary>
public static class UsStates
{
    public static readonly IReadOnlyList<UsState> All =
    [
        new("AL", "Alabama"),
        new("AK", "Alaska"),
        new("AZ", "Arizona"),
        new("AR", "Arkansas"),
        new("CA", "California"),
        new("CO", "Colorado"),
        new("CT", "Connecticut"),
        new("DE", "Delaware"),
        new("DC", "District of Columbia"),
        new("FL", "Florida"),
        new("GA", "Georgia"),
        new("HI", "Hawaii"),
        new("ID", "Idaho"),
        new("IL", "Illinois"),
        new("IN", "Indiana"),
        new("IA", "Iowa"),
        new("KS", "Kansas"),
        new("KY", "Kentucky"),
        new("LA", "Louisiana"),
        new("ME", "Maine"),
        new("MD", "Maryland"),
        new("MA", "Massachusetts"),
        new("MI", "Michigan"),
        new("MN", "Minnesota"),
        new("MS", "Mississippi"),
        new("MO", "Missouri"),
        new("MT", "Montana"),
        new("NE", "Nebraska"),
        new("NV", "Nevada"),
        new("NH", "New Hampshire"),
        new("NJ", "New Jersey"),
        new("NM", "New Mexico"),
        new("NY", "New York"),
        new("NC", "North Carolina"),
        new("ND", "North Dakota"),
        new("OH", "Ohio"),
        new("OK", "Oklahoma"),
        new("OR", "Oregon"),
        new("PA", "Pennsylvania"),
        new("RI", "Rhode Island"),
        new("SC", "South Carolina"),
        new("SD", "South Dakota"),
        new("TN", "Tennessee"),
        new("TX", "Texas"),
        new("UT", "Utah"),
        new("VT", "Vermont"),
        new("VA", "Virginia"),
        new("WA", "Washington"),
        new("WV", "West Virginia"),
        new("WI", "Wisconsin"),
        new("WY", "Wyoming"),
    ];

    private static readonly Dictionary<string, UsState> ByCode = All.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="code"/> is a postal code on the list (case-insensitive).</summary>
    public static bool IsCode(string? code) => code is not null && ByCode.ContainsKey(code);

    /// <summary>The state for <paramref name="code"/> (case-insensitive), or null.</summary>
    public static UsState? Find(string? code) => code is not null && ByCode.TryGetValue(code, out var state) ? state : null;

    /// <summary>The name for <paramref name="code"/>, or the code itself when it is not on the list.</summary>
    public static string NameOf(string code) => Find(code)?.Name ?? code;

    /// <summary>
    /// Orders <paramref name="records"/> by the name of the state <paramref name="code"/> holds, not by its postal code
    /// (Iowa after Indiana, though IA comes before IN), in the database: the code is turned into its place on
    /// <see cref="All"/> (a CASE the database runs); a code not on the list sorts last.
    /// </summary>
    public static IOrderedQueryable<T> OrderByStateName<T>(this IQueryable<T> records, Expression<Func<T, string>> code) =>
        records.OrderBy(PlaceExpression(code));

    /// <summary><see cref="OrderByStateName{T}"/> as a further ordering.</summary>
    public static IOrderedQueryable<T> ThenByStateName<T>(this IOrderedQueryable<T> records, Expression<Func<T, string>> code) =>
        records.ThenBy(PlaceExpression(code));

    /// <summary>The place of a state on <see cref="All"/> (by name), for ordering in memory; a code not on the list sorts last.</summary>
    public static int PlaceOf(string? code) => Find(code) is { } state ? Place[state.Code] : All.Count;

    private static readonly Dictionary<string, int> Place = All.Select((s, i) => (s.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.OrdinalIgnoreCase);

    private static Expression<Func<T, int>> PlaceExpression<T>(Expression<Func<T, string>> code)
    {
        Expression place = Expression.Constant(All.Count);
        for (var i = All.Count - 1; i >= 0; i--)
        {
            place = Expression.Condition(Expression.Equal(code.Body, Expression.Constant(All[i].Code)), Expression.Constant(i), place);
        }

        return Expression.Lambda<Func<T, int>>(place, code.Parameters);
    }
}
