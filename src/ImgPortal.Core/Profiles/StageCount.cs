using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public sealed record StageCount(RoadmapStage Stage, int Count);
