namespace ImgPortal.Core.Mentoring;

public static class HelpAreaNames
{
    public static readonly IReadOnlyList<HelpAreas> All =
        [HelpAreas.CultureAndLanguage, HelpAreas.MedicalPractice, HelpAreas.Interviewing, HelpAreas.Applications, HelpAreas.Visas];

    public static string Describe(HelpAreas area) => area switch
    {
        HelpAreas.CultureAndLanguage => "Culture and language",
        HelpAreas.MedicalPractice => "Medical practice in the US",
        HelpAreas.Interviewing => "Interviewing",
        HelpAreas.Applications => "Applications",
        HelpAreas.Visas => "Visas",
        _ => area.ToString(),
    };

    public static IEnumerable<HelpAreas> Split(HelpAreas areas) => All.Where(a => areas.HasFlag(a));

    public static string Join(HelpAreas areas) => string.Join(", ", Split(areas).Select(Describe));

    public static HelpAreas Combine(IEnumerable<HelpAreas>? areas) =>
        (areas ?? []).Aggregate(HelpAreas.None, (all, a) => all | (a & (HelpAreas)31));
}
