namespace ImgPortal.Core.Mentoring;

/// <summary>The directory's filters; empty means any.</summary>
public sealed record DirectoryFilter(string? Specialty, string? Language, string? State);
