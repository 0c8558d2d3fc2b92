namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>Sends the check-in e-mails that are due (<see cref="CheckInSchedule"/>), each once per side and milestone.</summary>
public interface ICheckInSweepService
{
    /// <summary>Returns how many pairings were asked.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken = default);
}
