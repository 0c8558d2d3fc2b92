namespace ImgPortal.Core.Common;

/// <summary>Builds absolute links to the portal's own pages from <see cref="PortalOptions.PublicBaseUrl"/>.</summary>
public interface IPortalLinks
{
    /// <summary>The absolute address of <paramref name="pathAndQuery"/> (e.g. <c>/mentoring/dashboard</c>).</summary>
    Uri Absolute(string pathAndQuery);
}
