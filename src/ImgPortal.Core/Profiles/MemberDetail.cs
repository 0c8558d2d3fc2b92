using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>A member's profile as staff read it, with the pairing they are in now (null when none).</summary>
public sealed record MemberDetail(string UserId, string Email, RoadmapStage Stage, DateTime UpdatedAtUtc, ProfileData Profile, MemberPairing? Pairing = null);
