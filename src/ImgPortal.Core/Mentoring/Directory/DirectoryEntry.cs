namespace ImgPortal.Core.Mentoring.Directory;

/// <summary>An approved mentor as the public sees them: only what they chose to show.</summary>
public sealed record DirectoryEntry(
    int Id, string DisplayName, string Specialty, string? Hospital, string County, string State,
    IReadOnlyList<string> Languages, HelpAreas HelpAreas, string Bio, bool HasFreePlace);
