using System.Globalization;

namespace ImgPortal.Core.Costs;

/// <summary>
/// A plan as the planner's query string (the form's field names, lowercase), so a saved plan, the CSV link and the
/// "change in place" form all carry the same plan.
/// </summary>
public static class CostPlanQuery
{
    public static string Of(CostPlan plan) =>
        string.Join("&", Pairs(plan).Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));

    /// <summary>The plan's fields as the form names them, in the form's order.</summary>
    public static IReadOnlyList<(string Name, string Value)> Pairs(CostPlan plan)
    {
        plan = plan.Normalized();
        return new (string Name, string Value)[]
        {
            ("step1", plan.Step1.ToString()),
            ("step2ck", plan.Step2Ck.ToString()),
            ("step3", plan.Step3.ToString()),
            ("testsabroad", plan.TestsAbroad ? "true" : "false"),
            ("ecfmgapplication", plan.EcfmgApplication.ToString()),
            ("pathway", plan.Pathway.ToString()),
            ("oet", plan.Oet.ToString()),
            ("match", plan.Match.ToString()),
            ("specialties", Number(plan.Specialties)),
            ("programsperspecialty", Number(plan.ProgramsPerSpecialty)),
            ("programsranked", Number(plan.ProgramsRanked)),
            ("uscemonthsdone", Number(plan.UsceMonthsDone)),
            ("uscemonthsahead", Number(plan.UsceMonthsAhead)),
            ("visa", plan.Visa.ToString()),
            ("waiver", plan.Waiver.ToString()),
            ("fcvs", plan.Fcvs.ToString()),
            ("boards", Number(plan.Boards)),
            ("newyorklicense", plan.NewYorkLicense.ToString()),
        };
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
