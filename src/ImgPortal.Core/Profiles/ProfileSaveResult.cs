using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>The outcome of saving a profile: saved, or the problems that stopped it (nothing saved).</summary>
public sealed record ProfileSaveResult(IReadOnlyList<ProfileError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
