using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>One mentor a member ranked on their request: <see cref="Rank"/> 1 is the one they would like most.</summary>
public class MentorChoice
{
    public int Id { get; set; }

    public int MenteeRequestId { get; set; }

    public int MentorId { get; set; }

    public Mentor? Mentor { get; set; }

    /// <summary>1, 2 or 3.</summary>
    public int Rank { get; set; }
}
