namespace ImgPortal.Core.Common;

/// <summary>Authorization policy names, declared once and used by the web layer's attributes.</summary>
public static class Policies
{
    /// <summary>Staff or Admin: the Staff area.</summary>
    public const string StaffOnly = "StaffOnly";

    /// <summary>Admin only: users and roles.</summary>
    public const string AdminOnly = "AdminOnly";
}
