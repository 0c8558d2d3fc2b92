using ImgPortal.Core.Mentoring.Choices;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The ranking part of a request form: what may be chosen, what is chosen, and the ranking as it stands.</summary>
public sealed record MentorChoicesViewModel(ChoiceForm Form, IReadOnlyList<int?> Selected, IReadOnlyList<string> Errors)
{
    public int? SelectedAt(int index) => index < Selected.Count ? Selected[index] : null;

    /// <summary>The ordinal a person reads for a place in the ranking.</summary>
    public static string Ordinal(int rank) => rank switch
    {
        1 => "First",
        2 => "Second",
        3 => "Third",
        _ => rank.ToString(System.Globalization.CultureInfo.InvariantCulture) + "th",
    };
}
