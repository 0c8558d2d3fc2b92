using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public sealed record MemberDetail(string UserId, string Email, RoadmapStage Stage, DateTime UpdatedAtUtc, ProfileData Profile);
