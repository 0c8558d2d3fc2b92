namespace ImgPortal.Core.Content;

/// <summary>
/// What a refused page form says, once for the staff forms' attributes and the editing rules (ADR 0097); limits come
/// from <see cref="PageRules"/> through the placeholders of <see cref="Common.ValidationText"/>.
/// </summary>
public static class PageMessages
{
    public const string SlugTooLong = "Keep the address under {1:N0} characters.";

    public const string TitleRequired = "Give the page a title.";

    public const string TitleTooLong = "Keep the title under {1:N0} characters.";

    public const string SummaryRequired = "Give the page a summary.";

    public const string SummaryTooLong = "Keep the summary under {1:N0} characters.";

    public const string SourceRequired = "Say where the page's facts come from.";

    public const string SourceTooLong = "Keep the source under {1:N0} characters.";

    public const string NavigationLabelTooLong = "Keep the menu label under {1:N0} characters.";

    public const string Position = "Give a position from {1} to {2}.";

    public const string OwnerFromList = "Choose the owner from the staff listed.";

    public const string ReviewInterval = "Give a review interval from {1} to {2} months.";

    public const string SourcesCheckedRequired = "Say which sources you checked the page against.";

    public const string SourcesCheckedTooLong = Common.ValidationText.TextTooLong;
}
