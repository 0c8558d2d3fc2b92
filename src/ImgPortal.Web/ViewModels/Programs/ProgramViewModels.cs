using ImgPortal.Core.Content;
using ImgPortal.Core.Programs;

namespace ImgPortal.Web.ViewModels.Programs;

/// <summary>The finder: the query that produced it, the page of programs and the filter choices.</summary>
public sealed record ProgramFinderViewModel(ProgramQuery Query, ProgramFinderPage Page, bool SignedIn);

/// <summary>One program's page: the program, the member's fit, the way back to the list and the report link.</summary>
public sealed record ProgramPageViewModel(ProgramListItem Item, ProgramQuery Query, bool SignedIn, string ReportHref)
{
    public IReadOnlyList<PolicyRow> Policies { get; } = PolicyRow.For(Item.Program);
}

/// <summary>A policy as its page shows it: what is stated, by which source and when, or what to ask when unknown.</summary>
public sealed record PolicyRow(string Label, string Value, bool Known, IReadOnlyList<PathwaySource> Sources, DateOnly? CheckedOn, string Ask)
{
    public static IReadOnlyList<PolicyRow> For(ResidencyProgram p) =>
    [
        Row(p, nameof(ResidencyProgram.J1), ProgramWords.J1(p), "Do you accept residents on a J-1 visa sponsored by ECFMG?"),
        Row(p, nameof(ResidencyProgram.H1b), ProgramWords.H1b(p), "Do you sponsor H-1B visas for residents, and what do you need from me (for example, USMLE Step 3)?"),
        Row(p, nameof(ResidencyProgram.YearsSinceGraduation), ProgramWords.YearsSinceGraduation(p), "Do you limit how many years may have passed since medical school graduation?"),
        Row(p, nameof(ResidencyProgram.ExamAttempts), ProgramWords.ExamAttempts(p), "Do you consider applicants who needed more than one attempt at a USMLE step?"),
        Row(p, nameof(ResidencyProgram.ClinicalExperience), ProgramWords.ClinicalExperience(p), "Do you require US clinical experience, how many months, and do observerships count?"),
        Row(p, nameof(ResidencyProgram.ScoreMinimums), ProgramWords.ScoreMinimums(p), "Do you use minimum USMLE scores when you screen applications?"),
    ];

    private static PolicyRow Row(ResidencyProgram program, string name, string value, string ask)
    {
        var policy = ProgramPolicy.All.Single(p => p.Name == name);
        return new PolicyRow(policy.Label, value, policy.IsStated(program), PathwaySources.Read(policy.Source(program)), policy.CheckedOn(program), ask);
    }
}
