namespace ImgPortal.Core.SourceWatch;

/// <summary>What a refused source-review task says, once for the staff form's attributes and the rule (ADR 0097).</summary>
public static class SourceReviewMessages
{
    public const string ResolutionRequired = "Choose whether the content was updated or needed no change.";

    public const string NoteRequired = "Say what you checked and, if you changed anything, what.";
}
