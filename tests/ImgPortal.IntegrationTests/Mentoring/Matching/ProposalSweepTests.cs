using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Matching;

/// <summary>Unanswered proposals on real SQLite: one reminder, then expiry back to staff, each e-mail once.</summary>
public sealed class ProposalSweepTests
{
    private static readonly MentoringOptions Settings = new() { ProposalDays = 7, ProposalReminderDays = 4 };

    [Fact]
    public async Task RunAsync_PastTheReminderDay_RemindsTheMentorOnceEvenWhenRunAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (pairingId, _, _) = await ProposeAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(4).AddHours(1)));
        var email = new Mock<IEmailOutbox>();

        var first = await SweepAsync(database, clock, email.Object);
        clock.Advance(TimeSpan.FromHours(5));
        var second = await SweepAsync(database, clock, email.Object);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "mentor@sweep.example" && m.Subject.Contains("still waiting"))), Times.Once);
        email.VerifyNoOtherCalls();
        await using var scope = database.Scope();
        Assert.Equal(PairingState.Proposed, await scope.ServiceProvider.GetRequiredService<AppDbContext>().Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync());
    }

    [Fact]
    public async Task RunAsync_PastTheProposalDays_ExpiresAndReturnsTheRequestWithTheNextSuggestion()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (pairingId, requestId, firstMentorId) = await ProposeAsync(database);
        var next = await AddAsync(database, Mentor(await CreateUserAsync(database, "next@sweep.example"), "Dr Next"));
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(7).AddMinutes(1)));
        var email = new Mock<IEmailOutbox>();

        var handled = await SweepAsync(database, clock, email.Object);
        var again = await SweepAsync(database, clock, email.Object);

        Assert.Equal(1, handled);
        Assert.Equal(0, again);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(PairingState.Expired, await db.Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync());
        var record = (await StaffRequests(scope.ServiceProvider, User("staff", staff: true).Object).GetRequestAsync(requestId))!;
        Assert.Equal(RequestStatus.Open, record.Status);
        Assert.Equal(next.Id, record.Suggestions[0].Mentor.MentorId);
        Assert.DoesNotContain(record.Suggestions, s => s.Mentor.MentorId == firstMentorId);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "mentor@sweep.example" && m.Subject.Contains("lapsed"))), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "member@sweep.example" && m.Subject.Contains("another mentor"))), Times.Once);
        Assert.Equal(2, await db.PairingNotices.CountAsync(n => n.PairingId == pairingId));
    }

    [Fact]
    public async Task RunAsync_BeforeTheReminderDay_DoesNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ProposeAsync(database);
        var email = new Mock<IEmailOutbox>();

        var handled = await SweepAsync(database, new FakeTimeProvider(new DateTimeOffset(Now.AddDays(3))), email.Object);

        Assert.Equal(0, handled);
        email.VerifyNoOtherCalls();
    }

    private static async Task<(int PairingId, int RequestId, int MentorId)> ProposeAsync(TestDatabase database)
    {
        var mentor = await AddAsync(database, Mentor(await CreateUserAsync(database, "mentor@sweep.example"), "Dr Silent"));
        var request = await AddAsync(database, Request(await CreateUserAsync(database, "member@sweep.example"), "Waiting mentee"));
        var pairing = await AddAsync(database, new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = Now });
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.MenteeRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RequestStatus.Proposed));
        return (pairing.Id, request.Id, mentor.Id);
    }

    private static async Task<int> SweepAsync(TestDatabase database, TimeProvider clock, IEmailOutbox email)
    {
        await using var scope = database.Scope();
        var sweep = new ProposalSweepService(
            scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            new MentoringMailer(scope.ServiceProvider.GetRequiredService<IUserAccounts>(), email, Links),
            clock, Options.Create(Settings), Links);
        return await sweep.RunAsync();
    }
}
