using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Waivers;
using ImgPortal.Web.Background;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.UnitTests.Web.Background;

public sealed class PeriodicBackgroundJobTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly Mock<IReminderService> _reminders = new();
    private readonly Mock<IWaiverAlertService> _alerts = new();
    private readonly Mock<ILogger<ReminderBackgroundService>> _logger = new();
    private readonly Mock<IJobLeases> _leases = new();

    public PeriodicBackgroundJobTests()
    {
        _logger.Setup(l => l.IsEnabled(It.IsAny<LogLevel>())).Returns(true);
        _alerts.Setup(a => a.SendDueAsync(It.IsAny<CancellationToken>())).ReturnsAsync(0);
        _leases.Setup(l => l.TryAcquireAsync(It.IsAny<string>(), It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
    }

    [Fact]
    public async Task RunOnceAsync_AnotherInstanceHoldsTheLease_DoesNotRunTheJob()
    {
        _leases.Setup(l => l.TryAcquireAsync("Reminder e-mails", It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var job = CreateJob();

        await job.RunOnceAsync(CancellationToken.None);

        _reminders.Verify(r => r.SendDueAsync(It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(0, LogCount(LogLevel.Error));
    }

    [Fact]
    public async Task RunOnceAsync_LeaseGranted_TakesItForOneIntervalAndRunsTheJob()
    {
        var job = CreateJob();

        await job.RunOnceAsync(CancellationToken.None);

        _leases.Verify(l => l.TryAcquireAsync("Reminder e-mails", new ReminderOptions().Interval, It.IsAny<CancellationToken>()), Times.Once);
        _reminders.Verify(r => r.SendDueAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RunOnceAsync_MailServerFailsThreeTimesThenWorks_NeverThrowsLogsOnceAndCatchesUp()
    {
        _reminders.SetupSequence(r => r.SendDueAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("The mail server refused the connection."))
            .ThrowsAsync(new IOException("The mail server refused the connection."))
            .ThrowsAsync(new IOException("The mail server refused the connection."))
            .ReturnsAsync(4);
        var job = CreateJob();

        for (var run = 0; run < 4; run++)
        {
            await job.RunOnceAsync(CancellationToken.None);
        }

        _reminders.Verify(r => r.SendDueAsync(It.IsAny<CancellationToken>()), Times.Exactly(4));
        _alerts.Verify(a => a.SendDueAsync(It.IsAny<CancellationToken>()), Times.Once); // after the reminders, in the run that worked
        Assert.Equal(1, LogCount(LogLevel.Error));
        Assert.Equal(2, LogCount(LogLevel.Information)); // "works again" and "4 item(s) done"
    }

    [Fact]
    public void Stalled_JobBeatRecently_IsEmpty()
    {
        var heartbeats = new BackgroundHeartbeats(_clock);
        heartbeats.Beat("Reminder e-mails", TimeSpan.FromMinutes(1));

        _clock.Advance(TimeSpan.FromMinutes(7));

        Assert.Empty(heartbeats.Stalled());
    }

    [Fact]
    public void Stalled_JobSilentForThreeIntervalsAndTheGrace_IsReported()
    {
        var heartbeats = new BackgroundHeartbeats(_clock);
        heartbeats.Beat("Reminder e-mails", TimeSpan.FromMinutes(1));

        _clock.Advance(TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(1));

        Assert.Equal(["Reminder e-mails"], heartbeats.Stalled().Keys);
    }

    private ReminderBackgroundService CreateJob()
    {
        var services = new ServiceCollection().AddSingleton(_reminders.Object).AddSingleton(_alerts.Object).AddSingleton(_leases.Object).BuildServiceProvider();
        return new ReminderBackgroundService(
            services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ReminderOptions()),
            new BackgroundHeartbeats(_clock),
            _clock,
            _logger.Object);
    }

    private int LogCount(LogLevel level) =>
        _logger.Invocations.Count(i => i.Method.Name == nameof(ILogger.Log) && i.Arguments[0] is LogLevel l && l == level);
}
