using ImgPortal.Core.Common;

namespace ImgPortal.Core.Records;

/// <summary>An entity staff edit through the structured-record editor: an integer key and a version token.</summary>
public interface IRecord : IVersioned
{
    int Id { get; }
}
