namespace ImgPortal.Core.Mentoring;

/// <summary>Program settings, from configuration section <c>Mentoring</c>; staff's saved <see cref="MentoringSettings"/> win.</summary>
public sealed class MentoringOptions
{
    public const string SectionName = "Mentoring";

    /// <summary>The default for whether members may pick a mentor themselves, until staff set it on /staff/mentoring.</summary>
    public bool MembersMayChoose { get; set; }

    /// <summary>How many ranked suggestions staff see (and members, when they may choose: at most 3).</summary>
    public int SuggestionCount { get; set; } = 5;
}
