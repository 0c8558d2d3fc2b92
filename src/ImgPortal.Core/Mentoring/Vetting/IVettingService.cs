using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>Staff vet a mentor: tick checklist items, then approve, decline, pause, resume or retire (the mentor is e-mailed).</summary>
public interface IVettingService
{
    /// <summary>Staff tick one vetting checklist item (again): recorded with who and when.</summary>
    Task<Outcome> CheckAsync(int id, VettingItem item, CancellationToken cancellationToken = default);

    Task<Outcome> ChangeStatusAsync(int id, Guid version, MentorStatus to, string? reason, CancellationToken cancellationToken = default);
}
