namespace ImgPortal.Core.Profiles;

public enum ExamResult
{
    NotTaken,
    Passed,
    Failed,
}
