namespace ImgPortal.Core.Content;

public sealed record WaiverYearDetail(
    string ProgramName, int Year, int TotalWaivers, int SecondCategoryMax, string Notes, string Source, DateOnly AsOf);
