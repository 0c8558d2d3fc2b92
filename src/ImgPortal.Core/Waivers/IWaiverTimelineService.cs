using ImgPortal.Core.Common;

namespace ImgPortal.Core.Waivers;

/// <summary>The signed-in member's own waiver timeline (the user id comes from <see cref="ICurrentUser"/>, never the request).</summary>
public interface IWaiverTimelineService
{
    Task<WaiverTimelineView> GetOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves the member's dates: Done, or Invalid with a message per field (nothing saved).</summary>
    Task<Outcome> SaveOwnAsync(DateOnly? startedOn, DateOnly? stateRecommendedOn, CancellationToken cancellationToken = default);
}
