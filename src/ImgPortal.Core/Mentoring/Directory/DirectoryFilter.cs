namespace ImgPortal.Core.Mentoring.Directory;

/// <summary>The directory's filters; empty means any.</summary>
public sealed record DirectoryFilter(string? Specialty, string? Language, string? State);
