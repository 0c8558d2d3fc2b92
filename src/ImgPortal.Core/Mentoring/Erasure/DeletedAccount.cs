namespace ImgPortal.Core.Mentoring.Erasure;

/// <summary>What stays of a person in the program's history once their account is deleted.</summary>
public static class DeletedAccount
{
    public const string MentorName = "Former mentor";

    public const string MemberName = "Former member";

    public const string Reason = "The account was deleted.";

    /// <summary>A user id that belongs to nobody, so the history keeps its shape (one author per feedback) and names no one.</summary>
    public static string NewUserId() => "deleted-" + Guid.NewGuid().ToString("N");

    public static bool IsDeleted(string userId) => userId.StartsWith("deleted-", StringComparison.Ordinal);
}
