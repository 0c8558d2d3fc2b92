using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>Records a one-click check-in answer from its signed link, without sign-in.</summary>
public interface ICheckInService
{
    /// <summary>Done with what was recorded; Invalid (with a message a person can read) for a changed or expired link.</summary>
    Task<Outcome<CheckInThanks>> AnswerAsync(string? token, CancellationToken cancellationToken = default);
}
