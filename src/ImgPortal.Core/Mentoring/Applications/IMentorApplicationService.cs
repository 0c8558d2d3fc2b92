using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A member volunteers to mentor (or applies again), and sees where their application stands.</summary>
public interface IMentorApplicationService
{
    /// <summary>The signed-in member's application; null when they have none (or are signed out).</summary>
    Task<OwnApplication?> GetOwnApplicationAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Volunteers (or applies again), and e-mails an acknowledgement with a link back to the application.
    /// <paramref name="readOrientation"/>: the volunteer confirms they read the mentor orientation, so staff need not record it.
    /// </summary>
    Task<Outcome> ApplyAsync(MentorDetails details, bool readOrientation = false, CancellationToken cancellationToken = default);

    /// <summary>The signed-in member's application with every detail, for its page; null when they have none.</summary>
    Task<OwnApplicationDetails?> GetOwnDetailsAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes the signed-in member's application while it is pending; a staff edit since <paramref name="version"/> is a conflict.</summary>
    Task<Outcome> UpdateOwnAsync(Guid version, MentorDetails details, CancellationToken cancellationToken = default);
}
