using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>A date the member entered on their profile, as the roadmap and calendar show it.</summary>
public sealed record OwnDate(string Key, string Title, DateOnly Date);
