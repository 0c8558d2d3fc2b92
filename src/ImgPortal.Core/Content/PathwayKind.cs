namespace ImgPortal.Core.Content;

public enum PathwayKind
{
    TemporaryLicense,
    SupervisedPractice,
    AssistanceProgram,
    ProposedAction,
}
