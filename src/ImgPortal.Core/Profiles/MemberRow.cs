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
    DateTime UpdatedAtUtc);
