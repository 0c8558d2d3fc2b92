using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A language a mentor speaks: one row each, indexed, so the directory can filter 10,000 mentors.</summary>
public class MentorLanguage
{
    public int MentorId { get; set; }

    public required string Language { get; set; }
}
