namespace ImgPortal.Core.Common;

/// <summary>A US state or the District of Columbia: the postal code is stored, the name shown.</summary>
public sealed record UsState(string Code, string Name);
