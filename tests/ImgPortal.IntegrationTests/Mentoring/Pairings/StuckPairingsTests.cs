using ImgPortal.Core.Dashboard;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Pairings;

/// <summary>Stuck pairings on real SQLite: the staff page and the to-do count agree, and say why.</summary>
public sealed class StuckPairingsTests
{
    [Fact]
    public async Task ListActiveAsync_NoMeetingThirtyDaysAfterAcceptance_IsStuckWithWhyAndCounted()
    {
        await using var database = await TestDatabase.CreateAsync();
        var quiet = await AcceptedPairingAsync(database, "quiet");
        var busy = await AcceptedPairingAsync(database, "busy");
        await AddAsync(database, new PairingLogEntry { PairingId = busy, AuthorUserId = "x", Kind = LogEntryKind.Meeting, OccurredOn = DateOnly.FromDateTime(Now.AddDays(3)), Note = "Met." });
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(31)));

        var (rows, count, todo) = await ReadAsync(database, clock, stuckOnly: false);

        Assert.Equal(1, count);
        Assert.Equal(1, todo);
        Assert.Equal(quiet, rows[0].Id);
        Assert.Equal([StuckRules.NoMeetingReason], rows[0].StuckReasons);
        Assert.Empty(rows.Single(r => r.Id == busy).StuckReasons);
    }

    [Fact]
    public async Task ListActiveAsync_NotWellAnswer_IsStuckUntilALaterGoingWellFromTheSameSide()
    {
        await using var database = await TestDatabase.CreateAsync();
        var pairing = await AcceptedPairingAsync(database, "unhappy");
        await AddAsync(database, new PairingLogEntry { PairingId = pairing, AuthorUserId = "x", Kind = LogEntryKind.Meeting, OccurredOn = DateOnly.FromDateTime(Now.AddDays(2)), Note = "Met." });
        await AddAsync(database, new CheckInResponse { PairingId = pairing, Side = PairingSide.Member, Milestone = CheckInMilestone.Day30, Answer = CheckInAnswer.NotWell, AnsweredAtUtc = Now.AddDays(30) });
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(40)));

        var (stuck, count, _) = await ReadAsync(database, clock, stuckOnly: true);
        await AddAsync(database, new CheckInResponse { PairingId = pairing, Side = PairingSide.Member, Milestone = CheckInMilestone.Day90, Answer = CheckInAnswer.GoingWell, AnsweredAtUtc = Now.AddDays(90) });
        clock.Advance(TimeSpan.FromDays(55));
        var (after, countAfter, todoAfter) = await ReadAsync(database, clock, stuckOnly: true);

        Assert.Equal(1, count);
        Assert.Equal([StuckRules.NotWellReason(PairingSide.Member)], Assert.Single(stuck).StuckReasons);
        Assert.Empty(after);
        Assert.Equal(0, countAfter);
        Assert.Equal(0, todoAfter);
    }

    private static async Task<int> AcceptedPairingAsync(TestDatabase database, string name)
    {
        var mentor = await AddAsync(database, Mentor(await CreateUserAsync(database, $"mentor-{name}@stuck.example"), $"Dr {name}"));
        var request = await AddAsync(database, Request(await CreateUserAsync(database, $"member-{name}@stuck.example"), $"Mentee {name}"));
        var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = Now.AddDays(-1) };
        pairing.Accept(Now);
        await AddAsync(database, pairing);
        return pairing.Id;
    }

    private static async Task<(IReadOnlyList<StaffPairingRow> Rows, int Stuck, int ToDo)> ReadAsync(TestDatabase database, TimeProvider clock, bool stuckOnly)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var service = new StaffPairingsService(db, User("staff", staff: true).Object, clock);
        var rows = await service.ListActiveAsync(stuckOnly, 1);
        var todo = await new StaffToDoService(db, clock, Options.Create(new MentoringOptions())).GetAsync();
        return (rows.Items, await service.CountStuckAsync(), todo.Single(t => t.Kind == ToDoKind.StuckPairings).Count);
    }
}
