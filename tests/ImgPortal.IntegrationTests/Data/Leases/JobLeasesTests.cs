using ImgPortal.Core.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.IntegrationTests.Data.Leases;

/// <summary>Two portal instances (two service providers) over one SQLite file, as with several web servers.</summary>
public sealed class JobLeasesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase _first = null!;
    private TestDatabase _second = null!;

    public async Task InitializeAsync()
    {
        _first = await TestDatabase.CreateAsync(configure: UseClock);
        _second = await TestDatabase.CreateAsync(
            initialize: false,
            settings: new Dictionary<string, string?> { ["ConnectionStrings:ImgPortal"] = $"Data Source={_first.FilePath};Pooling=False" },
            configure: UseClock);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task TryAcquireAsync_TwoInstancesRacingForEachJob_TheJobBodyRunsOnce()
    {
        var runs = new Dictionary<string, int>();
        var jobs = Enumerable.Range(1, 10).Select(i => $"job {i}").ToList();

        foreach (var job in jobs)
        {
            var racers = new[] { _first, _second }.Select(instance => Task.Run(() => RunIfLeasedAsync(instance, job, runs)));
            await Task.WhenAll(racers);
        }

        Assert.All(jobs, job => Assert.Equal(1, runs[job]));
    }

    [Fact]
    public async Task TryAcquireAsync_HolderRenews_OthersAreRefusedUntilItExpires()
    {
        Assert.True(await AcquireAsync(_first, "reminders"));

        _clock.Advance(TimeSpan.FromMinutes(4));
        var renewed = await AcquireAsync(_first, "reminders");
        _clock.Advance(TimeSpan.FromMinutes(4));
        var otherBeforeExpiry = await AcquireAsync(_second, "reminders");
        _clock.Advance(TimeSpan.FromMinutes(2));
        var otherAfterExpiry = await AcquireAsync(_second, "reminders");
        var firstAfterTakeover = await AcquireAsync(_first, "reminders");

        Assert.True(renewed);
        Assert.False(otherBeforeExpiry);
        Assert.True(otherAfterExpiry);
        Assert.False(firstAfterTakeover);
    }

    private static async Task RunIfLeasedAsync(TestDatabase instance, string job, Dictionary<string, int> runs)
    {
        if (await AcquireAsync(instance, job))
        {
            lock (runs)
            {
                runs[job] = runs.GetValueOrDefault(job) + 1;
            }
        }
    }

    private static Task<bool> AcquireAsync(TestDatabase instance, string job) =>
        instance.WithAsync(services => services.GetRequiredService<IJobLeases>().TryAcquireAsync(job, TimeSpan.FromMinutes(5)));

    private void UseClock(IServiceCollection services) => services.AddSingleton<TimeProvider>(_clock);
}
