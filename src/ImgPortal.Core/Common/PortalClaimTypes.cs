namespace ImgPortal.Core.Common;

/// <summary>Claims the portal adds to a signed-in person's cookie besides Identity's own.</summary>
public static class PortalClaimTypes
{
    /// <summary>The name the person registered with ("How should we address you?"); absent when they gave none.</summary>
    public const string DisplayName = "imgportal:display-name";
}
