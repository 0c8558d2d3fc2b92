using ImgPortal.Core.Content;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>The web app reads its reserved addresses from its routes; these tests have no routes, so they name a few.</summary>
public sealed class FixedReservedAddresses(params string[] reserved) : IReservedAddresses
{
    private readonly HashSet<string> _reserved = new(reserved, StringComparer.OrdinalIgnoreCase);

    public bool IsReserved(string firstSegment) => _reserved.Contains(firstSegment);
}
