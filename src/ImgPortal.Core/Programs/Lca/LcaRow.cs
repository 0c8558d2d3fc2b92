namespace ImgPortal.Core.Programs.Lca;

/// <summary>One data row of the disclosure file, the columns the import reads (<see cref="LcaColumns"/>).</summary>
/// <param name="RowNumber">The row's number in the sheet (the header is row 1), for messages.</param>
public sealed record LcaRow(
    long RowNumber,
    string CaseNumber,
    string CaseStatus,
    DateOnly? DecisionDate,
    string VisaClass,
    string JobTitle,
    string SocCode,
    string SocTitle,
    string EmployerName,
    string WorksiteState);
