using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring;

/// <summary>
/// The program's settings staff change in the portal: one row (<see cref="SingletonId"/>). Until staff save
/// it, the <c>Mentoring</c> configuration section's values apply.
/// </summary>
public class MentoringSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    /// <summary>Members may pick a mentor from their top suggestions themselves (off: staff pair).</summary>
    public bool MembersMayChoose { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
