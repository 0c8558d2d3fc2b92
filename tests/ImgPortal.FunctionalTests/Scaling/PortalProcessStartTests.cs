namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>
/// When <see cref="PortalProcess"/> gives up on a portal that is not ready: after a minute of the portal's own
/// processor time, not two minutes on the clock, which a machine busy with other builds and test runs used up while
/// the portal had run for seven seconds (<see cref="TwoProcessesTests"/> failed that way, 2026-12-07).
/// </summary>
public sealed class PortalProcessStartTests
{
    [Fact]
    public void StartGivenUp_SevenSecondsOfProcessorTimeInTwoMinutes_KeepsWaiting() =>
        Assert.False(PortalProcess.StartGivenUp(TimeSpan.FromSeconds(7), TimeSpan.FromMinutes(2)));

    [Fact]
    public void StartGivenUp_ProcessorTimeBeyondTheLimit_GivesUp() =>
        Assert.True(PortalProcess.StartGivenUp(PortalProcess.StartProcessorTime + TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(70)));

    [Fact]
    public void StartGivenUp_NoProcessorTimeButPastTheClockLimit_GivesUp() =>
        Assert.True(PortalProcess.StartGivenUp(TimeSpan.Zero, PortalProcess.StartClockLimit + TimeSpan.FromSeconds(1)));
}
