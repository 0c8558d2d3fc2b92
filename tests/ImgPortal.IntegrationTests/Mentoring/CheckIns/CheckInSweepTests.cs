using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Mentoring;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.CheckIns;

/// <summary>The 30- and 90-day check-ins on real SQLite: each e-mail once per side and milestone, with working answer links.</summary>
public sealed class CheckInSweepTests
{
    private readonly EphemeralDataProtectionProvider _keys = new();

    [Fact]
    public async Task RunAsync_ThirtyDaysAfterAcceptance_AsksEachSideOnceEvenWhenRunAgain()
    {
        await using var database = await TestDatabase.CreateAsync();
        var pairingId = await AcceptedPairingAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(30).AddHours(1)));
        var email = new Mock<IEmailOutbox>();

        var first = await SweepAsync(database, clock, email.Object);
        clock.Advance(TimeSpan.FromHours(3));
        var second = await SweepAsync(database, clock, email.Object);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "mentor@checkin.example" && m.Subject.Contains("30 days"))), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "member@checkin.example" && m.Subject.Contains("30 days"))), Times.Once);
        email.VerifyNoOtherCalls();
        await using var scope = database.Scope();
        var kinds = await scope.ServiceProvider.GetRequiredService<AppDbContext>().PairingNotices
            .Where(n => n.PairingId == pairingId).Select(n => n.Kind).ToListAsync();
        Assert.Equal([NoticeKind.CheckIn30ToMentor, NoticeKind.CheckIn30ToMember], kinds.Order());
    }

    [Fact]
    public async Task RunAsync_AtNinetyDays_AsksAgainOnceThenNeverMore()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AcceptedPairingAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(31)));
        var email = new Mock<IEmailOutbox>();
        await SweepAsync(database, clock, email.Object);

        clock.Advance(TimeSpan.FromDays(60));
        var atNinety = await SweepAsync(database, clock, email.Object);
        clock.Advance(TimeSpan.FromDays(100));
        var later = await SweepAsync(database, clock, email.Object);

        Assert.Equal(1, atNinety);
        Assert.Equal(0, later);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.Subject.Contains("90 days"))), Times.Exactly(2));
        email.Verify(e => e.Queue(It.IsAny<EmailContent>()), Times.Exactly(4));
    }

    [Fact]
    public async Task RunAsync_BeforeThirtyDaysOrAfterTheEnd_SendsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        var pairingId = await AcceptedPairingAsync(database);
        var email = new Mock<IEmailOutbox>();

        var early = await SweepAsync(database, new FakeTimeProvider(new DateTimeOffset(Now.AddDays(29))), email.Object);
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pairingId);
            pairing.End(Now.AddDays(29), PairingSide.Member, "Moved away.");
            await db.SaveChangesAsync();
        }

        var ended = await SweepAsync(database, new FakeTimeProvider(new DateTimeOffset(Now.AddDays(31))), email.Object);

        Assert.Equal(0, early);
        Assert.Equal(0, ended);
        email.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_TheEmailsAnswerLink_RecordsThatSidesAnswer()
    {
        await using var database = await TestDatabase.CreateAsync();
        var pairingId = await AcceptedPairingAsync(database);
        var clock = new FakeTimeProvider(new DateTimeOffset(Now.AddDays(30)));
        var sent = new List<EmailContent>();
        var email = new Mock<IEmailOutbox>();
        email.Setup(e => e.Queue(It.IsAny<EmailContent>()))
            .Callback((EmailContent m) => sent.Add(m));
        await SweepAsync(database, clock, email.Object);
        var toMember = sent.Single(m => m.To == "member@checkin.example");
        var token = System.Text.RegularExpressions.Regex.Matches(Profiles.ReminderServiceTests.Plain(toMember), "token=([^\"&]+)")
            .Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();

        await using var scope = database.Scope();
        var service = new CheckInService(scope.ServiceProvider.GetRequiredService<AppDbContext>(), new DataProtectionCheckInTokens(_keys, clock), clock);
        var outcome = await service.AnswerAsync(token[(int)CheckInAnswer.NotWell]);

        Assert.Equal(3, token.Count);
        Assert.True(outcome.Succeeded);
        var response = await scope.ServiceProvider.GetRequiredService<AppDbContext>().CheckInResponses.AsNoTracking().SingleAsync();
        Assert.Equal((pairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.NotWell), (response.PairingId, response.Side, response.Milestone, response.Answer));
    }

    private static async Task<int> AcceptedPairingAsync(TestDatabase database)
    {
        var mentor = await AddAsync(database, Mentor(await CreateUserAsync(database, "mentor@checkin.example"), "Dr Check"));
        var request = await AddAsync(database, Request(await CreateUserAsync(database, "member@checkin.example"), "Checked mentee"));
        var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = Now.AddDays(-1) };
        pairing.Accept(Now);
        await AddAsync(database, pairing);
        return pairing.Id;
    }

    private async Task<int> SweepAsync(TestDatabase database, TimeProvider clock, IEmailOutbox email)
    {
        await using var scope = database.Scope();
        var sweep = new CheckInSweepService(
            scope.ServiceProvider.GetRequiredService<AppDbContext>(),
            new MentoringMailer(scope.ServiceProvider.GetRequiredService<IUserAccounts>(), email, Links),
            clock, Options.Create(new MentoringOptions()), Links, new DataProtectionCheckInTokens(_keys, clock));
        return await sweep.RunAsync();
    }
}
