using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>Where the member's own mentor request stands, as far as the roadmap cares.</summary>
public enum MentorRequestProgress
{
    None,
    Waiting,
    Matched,
}
