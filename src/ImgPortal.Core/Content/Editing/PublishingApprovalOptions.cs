namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// <c>Publishing:RequireApproval</c>: when true, a draft is published (now or on a schedule) only by a staff member
/// other than the one who last saved it, so every publication has been read by a second person.
/// </summary>
public sealed class PublishingApprovalOptions
{
    public const string SectionName = "Publishing";

    public bool RequireApproval { get; set; }
}
