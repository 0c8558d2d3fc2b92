using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public sealed record MemberRow(
    string UserId,
    string Email,
    string MedicalSchoolCountry,
    string MedicalSchoolName,
    int? GraduationYear,
    RoadmapStage Stage,
    VisaNeed VisaNeed,
    bool WantsMentor,
    IReadOnlyList<string> Specialties,
    IReadOnlyList<string> States,
    DateTime UpdatedAtUtc,
    MemberMentorState Mentor = MemberMentorState.NotWanted);

/// <summary>
/// Where a member stands with mentoring, for the staff list: once a mentor is proposed or paired, the profile's
/// "wants a mentor" answer is out of date.
/// </summary>
public enum MemberMentorState
{
    NotWanted,
    Wanted,
    Proposed,
    Paired,
}
