using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Costs;

/// <summary>
/// What the person has done and plans, as the cost planner's form says it (every value has a default so an empty
/// query string is a whole plan). Numbers are clamped to <see cref="Limits"/> by <see cref="Normalized"/>.
/// </summary>
public sealed record CostPlan
{
    public PlanStatus Step1 { get; init; } = PlanStatus.Ahead;

    public PlanStatus Step2Ck { get; init; } = PlanStatus.Ahead;

    public PlanStatus Step3 { get; init; } = PlanStatus.NotInPlan;

    /// <summary>True when Step 1 and Step 2 CK are (or were) taken outside the US and Canada.</summary>
    public bool TestsAbroad { get; init; } = true;

    public PlanStatus EcfmgApplication { get; init; } = PlanStatus.Ahead;

    public PlanStatus Pathway { get; init; } = PlanStatus.Ahead;

    public PlanStatus Oet { get; init; } = PlanStatus.Ahead;

    /// <summary>Applying through ERAS and entering the NRMP Match.</summary>
    public PlanStatus Match { get; init; } = PlanStatus.Ahead;

    public int Specialties { get; init; } = 1;

    public int ProgramsPerSpecialty { get; init; } = 60;

    /// <summary>Programs on the rank order list.</summary>
    public int ProgramsRanked { get; init; } = 20;

    public int UsceMonthsDone { get; init; }

    public int UsceMonthsAhead { get; init; }

    public VisaNeed Visa { get; init; } = VisaNeed.J1;

    public PlanStatus Waiver { get; init; } = PlanStatus.NotInPlan;

    public PlanStatus Fcvs { get; init; } = PlanStatus.NotInPlan;

    /// <summary>Applying for a New York physician license (NYSED): pre-filled as ahead for a member whose profile names New York.</summary>
    public PlanStatus NewYorkLicense { get; init; } = PlanStatus.NotInPlan;

    /// <summary>Licensing boards FCVS sends the profile to.</summary>
    public int Boards { get; init; } = 1;

    /// <summary>The plan with every number inside its limits.</summary>
    public CostPlan Normalized() => this with
    {
        Specialties = Math.Clamp(Specialties, 0, Limits.MaxSpecialties),
        ProgramsPerSpecialty = Math.Clamp(ProgramsPerSpecialty, 0, Limits.MaxPrograms),
        ProgramsRanked = Math.Clamp(ProgramsRanked, 0, Limits.MaxRanks),
        UsceMonthsDone = Math.Clamp(UsceMonthsDone, 0, Limits.MaxMonths),
        UsceMonthsAhead = Math.Clamp(UsceMonthsAhead, 0, Limits.MaxMonths),
        Boards = Math.Clamp(Boards, 0, Limits.MaxBoards),
    };

    /// <summary>The state code a profile's states of interest use for New York.</summary>
    public const string NewYorkState = "NY";

    /// <summary>The planner's limits on what a person may enter.</summary>
    public static class Limits
    {
        public const int MaxSpecialties = 10;

        public const int MaxPrograms = 500;

        public const int MaxRanks = 300;

        public const int MaxMonths = 36;

        public const int MaxBoards = 60;
    }

    /// <summary>
    /// A plan pre-filled from a member's profile: exams passed, English test met, months of US clinical experience, visa,
    /// and the New York license when New York is among the profile's states (its tags must be loaded).
    /// </summary>
    public static CostPlan From(ImgProfile profile)
    {
        var certified = profile.EcfmgStatus == EcfmgStatus.Certified;
        return new CostPlan
        {
            Step1 = profile.Step1Result == ExamResult.Passed || certified ? PlanStatus.Done : PlanStatus.Ahead,
            Step2Ck = profile.Step2CkScore is not null || certified ? PlanStatus.Done : PlanStatus.Ahead,
            Step3 = profile.Step3Score is not null ? PlanStatus.Done : PlanStatus.NotInPlan,
            EcfmgApplication = profile.EcfmgStatus == EcfmgStatus.NotStarted ? PlanStatus.Ahead : PlanStatus.Done,
            Pathway = profile.PathwayCompleted || certified ? PlanStatus.Done : PlanStatus.Ahead,
            Oet = profile.EnglishProficiencyMet || profile.OetPassed || certified ? PlanStatus.Done : PlanStatus.Ahead,
            UsceMonthsDone = profile.ClinicalExperienceMonths,
            Visa = profile.VisaNeed,
            Fcvs = profile.FcvsCompleted ? PlanStatus.Done : profile.FcvsStarted ? PlanStatus.Ahead : PlanStatus.NotInPlan,
            NewYorkLicense = profile.Tags.Any(t => t.Kind == TagKind.State && t.Value == NewYorkState) ? PlanStatus.Ahead : PlanStatus.NotInPlan,
        }.Normalized();
    }
}
