using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Profiles;

public sealed class ReminderServiceTests
{
    /// <summary>
    /// A week before a rank-order list deadline of 3 March 2027, which each test enters itself: the seed leaves
    /// the 2027 deadline unannounced until NRMP's calendar confirms it.
    /// </summary>
    private static readonly DateTimeOffset WeekBeforeRankDeadline = new(2027, 2, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDueAsync_RunTwice_SendsEachReminderOnceAndLogsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddRankDeadlineAsync(database);
        var userId = await AddMemberAsync(database, "once@example.org", remindersOff: false, fcvsStartedOn: new DateOnly(2027, 1, 1));
        var email = new Mock<IEmailOutbox>();
        var clock = new FakeTimeProvider(WeekBeforeRankDeadline);

        var first = await RunAsync(database, email.Object, clock);
        var second = await RunAsync(database, email.Object, clock);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "once@example.org" && m.Subject.StartsWith("NRMP rank-order list deadline", StringComparison.Ordinal))), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.Subject == "Time to follow up with FCVS")), Times.Once);
        var logged = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs.CountAsync(r => r.UserId == userId));
        Assert.Equal(2, logged);
    }

    [Fact]
    public async Task SendDueAsync_MemberTurnedRemindersOff_SendsThemNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddRankDeadlineAsync(database);
        await AddMemberAsync(database, "quiet@example.org", remindersOff: true, fcvsStartedOn: new DateOnly(2027, 1, 1));
        var email = new Mock<IEmailOutbox>();

        var sent = await RunAsync(database, email.Object, new FakeTimeProvider(WeekBeforeRankDeadline));

        Assert.Equal(0, sent);
        email.Verify(e => e.Queue(It.IsAny<EmailContent>()), Times.Never);
    }

    [Fact]
    public async Task SendDueAsync_EightDaysBeforeTheDeadline_SendsNothingYet()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddRankDeadlineAsync(database);
        await AddMemberAsync(database, "early@example.org", remindersOff: false, fcvsStartedOn: null);
        var email = new Mock<IEmailOutbox>();

        var sent = await RunAsync(database, email.Object, new FakeTimeProvider(WeekBeforeRankDeadline.AddDays(-1)));

        Assert.Equal(0, sent);
    }

    [Fact]
    public async Task SendDueAsync_OwnDeadlineAWeekAhead_RemindsOnceAndNeverAMemberWhoTurnedRemindersOff()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddRankDeadlineAsync(database);
        var userId = await AddMemberAsync(database, "deadline@example.org", remindersOff: false, fcvsStartedOn: null, readyButCertification: true);
        await AddMemberAsync(database, "deadline-quiet@example.org", remindersOff: true, fcvsStartedOn: null, readyButCertification: true);
        var email = new Mock<IEmailOutbox>();
        var clock = new FakeTimeProvider(WeekBeforeRankDeadline);

        await RunAsync(database, email.Object, clock);
        await RunAsync(database, email.Object, clock);

        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "deadline@example.org" && m.Subject.StartsWith("Your deadline for the 2027 Match: ECFMG's exam requirements", StringComparison.Ordinal))), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "deadline-quiet@example.org")), Times.Never);
        var keys = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs.Where(r => r.UserId == userId).Select(r => r.ReminderKey).ToListAsync());
        Assert.Single(keys, k => k == "deadline:2027:ecfmg-certification:2027-03-03");
    }

    private static Task<int> AddRankDeadlineAsync(TestDatabase database) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.SeasonDates.Add(new SeasonDate
            {
                Title = "NRMP rank-order list deadline",
                Date = new DateOnly(2027, 3, 3),
                Kind = SeasonDateKind.Deadline,
                Cycle = 2027,
                Milestone = DateMilestone.RankOrderListDeadline,
                Organization = DateOrganization.Nrmp,
            });
            await db.SaveChangesAsync();
            return 0;
        });

    private static Task<int> RunAsync(TestDatabase database, IEmailOutbox email, TimeProvider clock) =>
        database.WithAsync(sp => new ReminderService(
            sp.GetRequiredService<AppDbContext>(), email, Links, clock, NullLogger<ReminderService>.Instance).SendDueAsync());

    internal static readonly PortalLinks Links =
        new(Microsoft.Extensions.Options.Options.Create(new PortalOptions { PublicBaseUrl = new Uri("https://portal.example/") }));

    /// <summary>Lays content out as one paragraph per line with the action's URL: enough to see what was sent.</summary>
    internal static IEmailComposer PlainComposer()
    {
        var composer = new Mock<IEmailComposer>();
        composer.Setup(c => c.ComposeAsync(It.IsAny<EmailContent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((EmailContent c, CancellationToken _) => new EmailMessage(c.To, c.Subject, Plain(c)));
        return composer.Object;
    }

    /// <summary>What <see cref="PlainComposer"/> makes of <paramref name="content"/>: its paragraphs, trusted HTML and action URL, one a line.</summary>
    internal static string Plain(EmailContent content) =>
        string.Join("\n", [.. content.Paragraphs, content.TrustedHtml ?? "", content.Action?.Url.ToString() ?? ""]);

    private static Task<string> AddMemberAsync(TestDatabase database, string email, bool remindersOff, DateOnly? fcvsStartedOn, bool readyButCertification = false) =>
        database.WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user, TestDatabase.AdminPassword);
            Assert.True(result.Succeeded);
            var db = sp.GetRequiredService<AppDbContext>();
            db.ImgProfiles.Add(new ImgProfile
            {
                UserId = user.Id,
                MedicalSchoolCountry = "Peru",
                MedicalSchoolName = "San Marcos",
                GraduationYear = 2022,
                RemindersOff = remindersOff,
                FcvsStarted = fcvsStartedOn is not null,
                FcvsStartedOn = fcvsStartedOn,
                EcfmgStatus = readyButCertification ? EcfmgStatus.InProgress : EcfmgStatus.NotStarted,
                Step1Result = readyButCertification ? ExamResult.Passed : ExamResult.NotTaken,
                Step2CkScore = readyButCertification ? 240 : null,
                Step2CkDate = readyButCertification ? new DateOnly(2026, 6, 1) : null,
                EnglishProficiencyMet = readyButCertification,
            });
            await db.SaveChangesAsync();
            return user.Id;
        });
}
