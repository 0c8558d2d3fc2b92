using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>A step as the rules see it.</summary>
public sealed record StepDefinition(string Key, string Title, string Description, int SortOrder, RoadmapStage Stage, string GuidanceSlug);
