namespace ImgPortal.Core.Content;

/// <summary>The top-level addresses the portal already answers at (fixed routes, static folders): no page may take them.</summary>
public interface IReservedAddresses
{
    bool IsReserved(string firstSegment);
}
