namespace ImgPortal.Core.Common;

/// <summary>Who is making the request, as the services need to know it. Implemented by the web layer.</summary>
public interface ICurrentUser
{
    /// <summary>The signed-in user's id, or null for an anonymous visitor.</summary>
    string? UserId { get; }

    /// <summary>The signed-in user's name (their e-mail address), for records such as the audit trail; null when anonymous.</summary>
    string? Name => null;

    bool IsInRole(string role);

    /// <summary>Staff or Admin: may see and change other members' data.</summary>
    bool IsStaff => IsInRole(Roles.Staff) || IsInRole(Roles.Admin);
}
