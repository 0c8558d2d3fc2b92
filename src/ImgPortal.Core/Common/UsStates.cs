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
}
