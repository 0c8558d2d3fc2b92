using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>A season date as the roadmap shows it.</summary>
public sealed record SeasonDateItem(int Id, string Title, DateOnly Date, SeasonDateKind Kind, int Cycle, string Notes);
