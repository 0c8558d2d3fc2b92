namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// The columns of the LCA disclosure file (FY 2020 and later record layout, OFLC) that the import reads.
/// A file without any of them is refused.
/// </summary>
public static class LcaColumns
{
    public const string CaseNumber = "CASE_NUMBER";
    public const string CaseStatus = "CASE_STATUS";
    public const string DecisionDate = "DECISION_DATE";
    public const string VisaClass = "VISA_CLASS";
    public const string JobTitle = "JOB_TITLE";
    public const string SocCode = "SOC_CODE";
    public const string SocTitle = "SOC_TITLE";
    public const string EmployerName = "EMPLOYER_NAME";
    public const string WorksiteState = "WORKSITE_STATE";

    public static readonly IReadOnlyList<string> Required =
        [CaseNumber, CaseStatus, DecisionDate, VisaClass, JobTitle, SocCode, SocTitle, EmployerName, WorksiteState];
}
