namespace ImgPortal.Core.Programs;

/// <summary>
/// The finder's filters, all from the query string so a filtered list is a link to share. <see cref="GraduatedYearsAgo"/>
/// keeps programs that state no limit or a limit of at least that many years since graduation.
/// </summary>
public sealed record ProgramFilter(
    string? Specialty = null,
    string? Area = null,
    bool J1 = false,
    bool H1b = false,
    int? GraduatedYearsAgo = null,
    bool NoClinicalExperienceNeeded = false,
    bool Confirmed = false,
    ProgramSort Sort = ProgramSort.Name,
    int Page = 1);

public enum ProgramSort
{
    Name = 0,
    LastConfirmed = 1,
}

/// <summary>One program in a list, with the member's fit and shortlist mark when she is signed in with a profile.</summary>
public sealed record ProgramListItem(ResidencyProgram Program, ProgramFitResult? Fit, bool Shortlisted);

/// <summary>One page of the finder, and the choices its filter form offers.</summary>
public sealed record ProgramFinderPage(
    Common.PagedResult<ProgramListItem> Results, IReadOnlyList<string> Specialties, IReadOnlyList<string> Areas, bool HasProfile);
