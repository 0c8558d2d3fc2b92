using ImgPortal.Core.Common;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Records;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Content;

/// <summary>A staff edit of a state pathway and its public change log: written together or not at all (ADR 0041).</summary>
public sealed class StatePathwayChangeLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 14, 10, 0, 0, TimeSpan.Zero);

    private readonly Mock<ICurrentUser> _user = new();

    public StatePathwayChangeLogTests()
    {
        _user.SetupGet(u => u.UserId).Returns("staff-1");
        _user.SetupGet(u => u.Name).Returns("editor@test.example");
        _user.Setup(u => u.IsInRole(Roles.Staff)).Returns(true);
        _user.SetupGet(u => u.IsStaff).Returns(true);
    }

    [Fact]
    public async Task Save_RequirementChangedByStaff_IsInTheStatesChangeLogWithItsDate()
    {
        await using var database = await CreateAsync();
        var current = await TennesseeAsync(database);

        var saved = await database.WithAsync(sp => Records(sp).SaveAsync(Type(sp), Edit(current, "SupervisedPeriod", "Three years.")));
        var page = await database.WithAsync(sp => sp.GetRequiredService<IStatePathwayService>().GetStateAsync("tn"));

        Assert.Equal(OutcomeKind.Done, saved.Kind);
        var change = Assert.Single(page!.ChangesOf(current.Id));
        Assert.Equal(new DateOnly(2026, 12, 14), change.On);
        Assert.Equal("Requirements", change.Area);
        Assert.Equal(current.Values["SupervisedPeriod"], change.Before);
        Assert.Equal("Three years.", change.After);
    }

    [Fact]
    public async Task Save_WhenTheChangeLogCannotBeWritten_LeavesTheRecordUnchanged()
    {
        await using var database = await CreateAsync();
        var current = await TennesseeAsync(database);
        await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"));

        var save = () => database.WithAsync(sp => Records(sp).SaveAsync(Type(sp), Edit(current, "SupervisedPeriod", "Three years.")));

        await Assert.ThrowsAsync<DbUpdateException>(save);
        var stored = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().StatePathways.AsNoTracking().SingleAsync(p => p.Id == current.Id));
        Assert.Equal(current.Values["SupervisedPeriod"], stored.SupervisedPeriod);
        var page = await database.WithAsync(sp => sp.GetRequiredService<IStatePathwayService>().GetStateAsync("tn"));
        Assert.Empty(page!.Changes);
    }

    [Fact]
    public async Task Save_StaleVersion_IsAConflictAndLogsNothing()
    {
        await using var database = await CreateAsync();
        var current = await TennesseeAsync(database);

        var stale = Edit(current, "SupervisedPeriod", "Three years.") with { Version = Guid.NewGuid() };
        var outcome = await database.WithAsync(sp => Records(sp).SaveAsync(Type(sp), stale));
        var page = await database.WithAsync(sp => sp.GetRequiredService<IStatePathwayService>().GetStateAsync("tn"));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Empty(page!.Changes);
    }

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            services.AddScoped(_ => _user.Object);
        });

    private static async Task<RecordView> TennesseeAsync(TestDatabase database)
    {
        var id = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().StatePathways.Where(p => p.State == "TN").Select(p => p.Id).SingleAsync());
        return (await database.WithAsync(sp => Records(sp).GetAsync(Type(sp), id)))!;
    }

    private static RecordInput Edit(RecordView current, string field, string value)
    {
        var values = current.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
        values[field] = value;
        return new RecordInput(current.Id, current.Version, values);
    }

    private static IRecordEditingService Records(IServiceProvider sp) => sp.GetRequiredService<IRecordEditingService>();

    private static RecordType Type(IServiceProvider sp) => sp.GetRequiredService<RecordCatalog>().Find("state-pathways")!;
}
