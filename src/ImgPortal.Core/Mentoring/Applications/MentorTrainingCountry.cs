using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A country where the mentor trained in medicine; an IMG mentor shares a mentee's path.</summary>
public class MentorTrainingCountry
{
    public int MentorId { get; set; }

    public required string Country { get; set; }
}
