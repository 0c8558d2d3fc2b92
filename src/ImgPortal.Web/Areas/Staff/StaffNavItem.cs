using ImgPortal.Core.Common;

namespace ImgPortal.Web.Areas.Staff;

/// <summary>One entry in the Staff area's menu.</summary>
public sealed record StaffNavItem(string Href, string Text, string Description, string? Role = null);
