using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Pairings;

public sealed class PairingCapacityTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 6)]
    public async Task Propose_ManyStaffAtOnce_NeverExceedsTheMentorsCapacity(int capacity, int attempts)
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentorUser = await CreateUserAsync(database, "mentor@capacity.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr Capacity", capacity));
        var requests = new List<int>();
        for (var i = 0; i < attempts; i++)
        {
            var member = await CreateUserAsync(database, $"member{i}@capacity.example");
            requests.Add((await AddAsync(database, Request(member, $"Mentee {i}"))).Id);
        }

        var staff = User("staff-user", staff: true).Object;
        using var start = new ManualResetEventSlim();
        var attemptsAtOnce = requests.Select(requestId => Task.Run(async () =>
        {
            await using var scope = database.Scope();
            var service = Proposals(scope.ServiceProvider, staff);
            start.Wait();
            return await service.ProposeAsync(requestId, mentor.Id);
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attemptsAtOnce);

        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var held = await db.Pairings.CountAsync(p => p.MentorId == mentor.Id && (p.State == PairingState.Proposed || p.State == PairingState.Accepted));
        Assert.Equal(capacity, held);
        Assert.Equal(capacity, outcomes.Count(o => o.Succeeded));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.NotEqual(OutcomeKind.NotFound, o.Kind));
        Assert.Equal(capacity, await db.MenteeRequests.CountAsync(r => r.Status == RequestStatus.Proposed));
    }

    [Fact]
    public async Task Propose_StaffWorkingFromAStaleCount_IsRefusedByTheMentorsVersion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentorUser = await CreateUserAsync(database, "mentor@stale.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr Stale", capacity: 1));
        var first = await AddAsync(database, Request(await CreateUserAsync(database, "a@stale.example"), "A"));
        await using var slow = database.Scope();
        var slowDb = slow.ServiceProvider.GetRequiredService<AppDbContext>();
        var staleMentor = await slowDb.Mentors.SingleAsync(m => m.Id == mentor.Id);

        await using (var fast = database.Scope())
        {
            var outcome = await Proposals(fast.ServiceProvider, User("staff", staff: true).Object).ProposeAsync(first.Id, mentor.Id);
            Assert.True(outcome.Succeeded);
        }

        // The slow editor counted zero places held before the fast one saved: its claim must fail.
        slowDb.Pairings.Add(new Pairing { MentorId = mentor.Id, MenteeRequestId = first.Id, ProposedAtUtc = Now });
        staleMentor.Version = Guid.NewGuid();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => slowDb.SaveChangesAsync());
    }

    [Fact]
    public async Task Accept_ByAnotherMentor_IsNotFoundAndChangesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentorUser = await CreateUserAsync(database, "mentor@own.example");
        var otherUser = await CreateUserAsync(database, "other@own.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr Own"));
        var request = await AddAsync(database, Request(await CreateUserAsync(database, "m@own.example"), "M"));
        await using (var scope = database.Scope())
        {
            await Proposals(scope.ServiceProvider, User("staff", staff: true).Object).ProposeAsync(request.Id, mentor.Id);
        }

        await using var act = database.Scope();
        var db = act.ServiceProvider.GetRequiredService<AppDbContext>();
        var pairingId = await db.Pairings.Select(p => p.Id).SingleAsync();

        var outcome = await Transitions(act.ServiceProvider, User(otherUser).Object).AcceptAsync(pairingId, null);

        Assert.Equal(OutcomeKind.NotFound, outcome.Kind);
        Assert.Equal(PairingState.Proposed, await db.Pairings.AsNoTracking().Select(p => p.State).SingleAsync());
    }

    [Fact]
    public async Task AcceptThenEnd_ByTheMentor_MatchesThenClosesTheRequestAndEmailsTheMember()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentorUser = await CreateUserAsync(database, "mentor@flow.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr Flow"));
        var request = await AddAsync(database, Request(await CreateUserAsync(database, "member@flow.example"), "Member"));
        await using (var scope = database.Scope())
        {
            await Proposals(scope.ServiceProvider, User("staff", staff: true).Object).ProposeAsync(request.Id, mentor.Id);
        }

        var email = new Mock<IEmailOutbox>();
        await using var act = database.Scope();
        var service = Transitions(act.ServiceProvider, User(mentorUser).Object, email.Object);
        var db = act.ServiceProvider.GetRequiredService<AppDbContext>();
        var pairingId = await db.Pairings.Select(p => p.Id).SingleAsync();

        var accepted = await service.AcceptAsync(pairingId, null);
        var statusAfterAccept = await db.MenteeRequests.AsNoTracking().Select(r => r.Status).SingleAsync();
        var ended = await service.EndAsync(pairingId, "done");
        var again = await service.AcceptAsync(pairingId, null);

        Assert.True(accepted.Succeeded);
        Assert.Equal(RequestStatus.Matched, statusAfterAccept);
        Assert.True(ended.Succeeded);
        Assert.Equal(OutcomeKind.Invalid, again.Kind);
        Assert.Equal(RequestStatus.Closed, await db.MenteeRequests.AsNoTracking().Select(r => r.Status).SingleAsync());
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "member@flow.example" && m.Subject.Contains("you have a mentor"))), Times.Once);
    }

    [Fact]
    public async Task ChangeStatus_ApproveThenRetire_AddsThenRemovesTheMentorRole()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentorUser = await CreateUserAsync(database, "mentor@role.example");
        var mentor = await AddAsync(database, Mentor(mentorUser, "Dr Role", status: MentorStatus.Pending));
        var staff = User("staff", staff: true).Object;

        bool afterApprove;
        await using (var scope = database.Scope())
        {
            var outcome = await Vet(scope.ServiceProvider, staff).ChangeStatusAsync(mentor.Id, mentor.Version, MentorStatus.Approved, null);
            Assert.True(outcome.Succeeded, outcome.Message);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            afterApprove = await users.IsInRoleAsync((await users.FindByIdAsync(mentorUser))!, Roles.Mentor);
        }

        await using var retire = database.Scope();
        var version = await retire.ServiceProvider.GetRequiredService<AppDbContext>().Mentors.Select(m => m.Version).SingleAsync();
        var retired = await Vet(retire.ServiceProvider, staff).ChangeStatusAsync(mentor.Id, version, MentorStatus.Retired, null);
        var manager = retire.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();

        Assert.True(afterApprove);
        Assert.True(retired.Succeeded, retired.Message);
        Assert.False(await manager.IsInRoleAsync((await manager.FindByIdAsync(mentorUser))!, Roles.Mentor));
    }

    [Fact]
    public async Task Update_WithTheVersionAnotherEditorReplaced_IsAConflictAndSavesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mentor = await AddAsync(database, Mentor(await CreateUserAsync(database, "mentor@edit.example"), "Dr Edit", capacity: 2));
        var staff = User("staff", staff: true).Object;
        var loaded = mentor.Version;
        await using (var first = database.Scope())
        {
            var record = (await StaffMentors(first.ServiceProvider).GetAsync(mentor.Id))!;
            var outcome = await StaffMentors(first.ServiceProvider).UpdateAsync(mentor.Id, loaded, record.Details with { Capacity = 3 });
            Assert.True(outcome.Succeeded, outcome.Message);
        }

        await using var second = database.Scope();
        var details = (await StaffMentors(second.ServiceProvider).GetAsync(mentor.Id))!.Details;
        var stale = await StaffMentors(second.ServiceProvider).UpdateAsync(mentor.Id, loaded, details with { Capacity = 5 });

        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        await using var check = database.Scope();
        Assert.Equal(3, await check.ServiceProvider.GetRequiredService<AppDbContext>().Mentors.Select(m => m.Capacity).SingleAsync());
    }
}
