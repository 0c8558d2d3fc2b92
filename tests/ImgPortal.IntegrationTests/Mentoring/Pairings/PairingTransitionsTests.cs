using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Agreements;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Pairings;

/// <summary>The one implementation of accept, decline, cancel and end (ADR 0069), and the ended pairing's read-only guard, on SQLite.</summary>
public sealed class PairingTransitionsTests
{
    private static readonly AgreementDetails SixMonths = new("Prepare for interviews.", MeetingFrequency.Monthly, 6, AcceptsCodeOfConduct: true);

    [Fact]
    public async Task Accept_WithAnAgreement_StoresTheAcceptanceAndTheAgreementTogether()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (mentorUser, _, pairingId) = await ProposedAsync(database, "together");
        await using var act = database.Scope();
        var db = act.ServiceProvider.GetRequiredService<AppDbContext>();

        var outcome = await Transitions(act.ServiceProvider, User(mentorUser).Object).AcceptAsync(pairingId, SixMonths);

        Assert.True(outcome.Succeeded, outcome.Message);
        var pairing = await db.Pairings.AsNoTracking().Include(p => p.Request).SingleAsync(p => p.Id == pairingId);
        var agreement = await db.MentoringAgreements.AsNoTracking().SingleAsync(a => a.PairingId == pairingId);
        Assert.Equal((PairingState.Accepted, RequestStatus.Matched), (pairing.State, pairing.Request!.Status));
        Assert.Equal(AgreementRules.PlannedEnd(pairing.RespondedAtUtc!.Value, 6), agreement.PlannedEndOn);
    }

    [Fact]
    public async Task Accept_WhenTheAgreementCannotBeSaved_LeavesNeitherTheAcceptanceNorTheAgreement()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (mentorUser, _, pairingId) = await ProposedAsync(database, "neither");
        // A stray agreement already holds the pairing's one place: the agreement's insert must fail.
        await AddAsync(database, new MentoringAgreement { PairingId = pairingId, Goals = "Stray", Months = 1, ProposedByUserId = "someone" });
        await using var act = database.Scope();
        var db = act.ServiceProvider.GetRequiredService<AppDbContext>();

        var outcome = await Transitions(act.ServiceProvider, User(mentorUser).Object).AcceptAsync(pairingId, SixMonths);

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        var pairing = await db.Pairings.AsNoTracking().Include(p => p.Request).SingleAsync(p => p.Id == pairingId);
        Assert.Equal((PairingState.Proposed, RequestStatus.Proposed), (pairing.State, pairing.Request!.Status));
        Assert.Equal(["Stray"], await db.MentoringAgreements.AsNoTracking().Where(a => a.PairingId == pairingId).Select(a => a.Goals).ToListAsync());
    }

    [Theory]
    [InlineData(PairingSide.Mentor)]
    [InlineData(PairingSide.Member)]
    [InlineData(PairingSide.Staff)]
    public async Task End_BeforeThePlannedEndWithoutAReason_IsRefusedForEverySideThenEndsWithOne(PairingSide side)
    {
        await using var database = await TestDatabase.CreateAsync();
        var (mentorUser, memberUser, pairingId) = await AcceptedAsync(database, "early-" + side);
        await using var act = database.Scope();
        var user = side switch
        {
            PairingSide.Mentor => User(mentorUser),
            PairingSide.Member => User(memberUser),
            _ => User("staff", staff: true),
        };
        var transitions = Transitions(act.ServiceProvider, user.Object);

        var refused = await transitions.EndAsync(pairingId, "  ");
        var ended = await transitions.EndAsync(pairingId, "Matched early.");

        Assert.Equal(OutcomeKind.Invalid, refused.Kind);
        Assert.Equal(new FieldError("reason", PairingTransitions.EarlyReasonMessage), Assert.Single(refused.Errors));
        Assert.True(ended.Succeeded, ended.Message);
        var db = act.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(side, await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId).Select(p => p.EndedBy).SingleAsync());
    }

    [Fact]
    public async Task LogEntry_AfterThePairingEnded_CannotBeChangedDeletedOrUnticked()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (mentorUser, memberUser, pairingId) = await AcceptedAsync(database, "log");
        int goal;
        await using (var scope = database.Scope())
        {
            var log = Log(scope.ServiceProvider, mentorUser);
            Assert.True((await log.AddAsync(pairingId, new LogEntryDetails(DateOnly.FromDateTime(DateTime.UtcNow), LogEntryKind.Goal, "Apply."))).Succeeded);
            goal = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PairingLogEntries.Where(e => e.PairingId == pairingId).Select(e => e.Id).SingleAsync();
            Assert.True((await log.SetDoneAsync(goal, true)).Succeeded);
            Assert.True((await Transitions(scope.ServiceProvider, User(memberUser).Object).EndAsync(pairingId, "Done.")).Succeeded);
        }

        await using var act = database.Scope();
        var mentorLog = Log(act.ServiceProvider, mentorUser);

        var edited = await mentorLog.UpdateAsync(goal, new LogEntryDetails(DateOnly.FromDateTime(DateTime.UtcNow), LogEntryKind.Goal, "Changed."));
        var unticked = await Log(act.ServiceProvider, memberUser).SetDoneAsync(goal, false);
        var deleted = await mentorLog.DeleteAsync(goal);

        Assert.All([edited, unticked, deleted], o => Assert.Equal((OutcomeKind.Conflict, EndedPairingGuard.Message), (o.Kind, o.Message)));
        var entry = await act.ServiceProvider.GetRequiredService<AppDbContext>().PairingLogEntries.AsNoTracking().SingleAsync(e => e.Id == goal);
        Assert.Equal(("Apply.", true), (entry.Note, entry.DoneAtUtc is not null));
    }

    [Fact]
    public async Task CheckIn_AfterThePairingEnded_RecordsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, memberUser, pairingId) = await AcceptedAsync(database, "checkin");
        await using (var scope = database.Scope())
        {
            Assert.True((await Transitions(scope.ServiceProvider, User(memberUser).Object).EndAsync(pairingId, "Done.")).Succeeded);
        }

        var tokens = new Mock<ICheckInTokens>();
        tokens.Setup(t => t.Read("link")).Returns(new CheckInTokenResult(
            CheckInTokenStatus.Valid, new CheckInToken(pairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.GoingWell)));
        await using var act = database.Scope();
        var db = act.ServiceProvider.GetRequiredService<AppDbContext>();

        var outcome = await new CheckInService(db, tokens.Object, TimeProvider.System).AnswerAsync("link");

        Assert.Equal((OutcomeKind.Conflict, EndedPairingGuard.Message), (outcome.Kind, outcome.Message));
        Assert.False(await db.CheckInResponses.AnyAsync());
    }

    private static PairingLogService Log(IServiceProvider services, string userId) =>
        new(services.GetRequiredService<AppDbContext>(), User(userId).Object, TimeProvider.System);

    private static async Task<(string MentorUser, string MemberUser, int PairingId)> ProposedAsync(TestDatabase database, string tag)
    {
        var mentorUser = await CreateUserAsync(database, $"mentor-{tag}@transitions.example");
        var memberUser = await CreateUserAsync(database, $"member-{tag}@transitions.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr " + tag));
        var request = await AddAsync(database, Request(memberUser, "Mentee " + tag));
        await using var scope = database.Scope();
        var proposed = await Proposals(scope.ServiceProvider, User("staff", staff: true).Object).ProposeAsync(request.Id, mentor.Id);
        Assert.True(proposed.Succeeded, proposed.Message);
        var pairingId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Pairings.Where(p => p.MenteeRequestId == request.Id).Select(p => p.Id).SingleAsync();
        return (mentorUser, memberUser, pairingId);
    }

    private static async Task<(string MentorUser, string MemberUser, int PairingId)> AcceptedAsync(TestDatabase database, string tag)
    {
        var proposed = await ProposedAsync(database, tag);
        await using var scope = database.Scope();
        var accepted = await Transitions(scope.ServiceProvider, User(proposed.MentorUser).Object).AcceptAsync(proposed.PairingId, SixMonths);
        Assert.True(accepted.Succeeded, accepted.Message);
        return proposed;
    }
}
