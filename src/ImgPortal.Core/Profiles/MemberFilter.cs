using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>How staff narrow the member list; a null field does not filter.</summary>
public sealed record MemberFilter(
    string? Query = null,
    RoadmapStage? Stage = null,
    string? Specialty = null,
    string? State = null,
    VisaNeed? VisaNeed = null,
    bool? WantsMentor = null);
