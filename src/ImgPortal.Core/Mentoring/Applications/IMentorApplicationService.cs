using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A member volunteers to mentor (or applies again), and sees where their application stands.</summary>
public interface IMentorApplicationService
{
    /// <summary>The signed-in member's application; null when they have none (or are signed out).</summary>
    Task<OwnApplication?> GetOwnApplicationAsync(CancellationToken cancellationToken = default);

    Task<Outcome> ApplyAsync(MentorDetails details, CancellationToken cancellationToken = default);
}
