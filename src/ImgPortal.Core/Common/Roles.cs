namespace ImgPortal.Core.Common;

/// <summary>The portal's roles. Names are stored in the database: never rename one without a migration.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Mentor = "Mentor";
    public const string Member = "Member";

    public static readonly IReadOnlyList<string> All = [Admin, Staff, Mentor, Member];
}
