namespace ImgPortal.Core.Profiles;

public enum StepState
{
    NotStarted,
    InProgress,
    Done,
    NotApplicable,
}
