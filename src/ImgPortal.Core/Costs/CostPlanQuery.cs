using System.Globalization;

namespace ImgPortal.Core.Costs;

/// <summary>
/// A plan as the planner's query string (the form's field names, lowercase), so a saved plan, the CSV link and the
/// "change in place" form all carry the same plan.
/// </summary>
public static class CostPlanQuery
{
    public static string Of(CostPlan plan)
    {
        plan = plan.Normalized();
        var pairs = new (string Name, string Value)[]
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
        };
        return string.Join("&", pairs.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
