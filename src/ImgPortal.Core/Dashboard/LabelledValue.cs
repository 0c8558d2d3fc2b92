using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

/// <summary>One labelled number of a chart.</summary>
public sealed record LabelledValue(string Label, int Value);
