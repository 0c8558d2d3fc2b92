using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Waivers;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.IntegrationTests.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Waivers;

public sealed class WaiverAlertServiceTests
{
    /// <summary>26 November 2026: in federal fiscal year 2027.</summary>
    private static readonly DateTimeOffset InFy2027 = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDueAsync_RunTwice_SendsEachAlertOncePerMemberAndEventAndLogsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var both = await AddMemberAsync(database, "both@example.org", cycle: true, fewSlots: true);
        var cycleOnly = await AddMemberAsync(database, "cycle@example.org", cycle: true, fewSlots: false);
        await AddYearAsync(database, "Test State 30", 2027, WaiverCycleStatus.Open, used: 27);
        var email = new Mock<IEmailOutbox>();
        var clock = new FakeTimeProvider(InFy2027);

        var first = await RunAsync(database, email.Object, clock);
        var second = await RunAsync(database, email.Object, clock);

        Assert.Equal(3, first);
        Assert.Equal(0, second);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "both@example.org" && m.Subject == "Test State 30: the FY2027 cycle is open")), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "both@example.org" && m.Subject == "Test State 30: fewer than five slots remain in FY2027")), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "cycle@example.org" && m.Subject == "Test State 30: the FY2027 cycle is open")), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "cycle@example.org" && m.Subject.Contains("fewer", StringComparison.Ordinal))), Times.Never);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => ReminderServiceTests.Plain(m).Contains("https://portal.example/j1-waiver#waiver-figures", StringComparison.Ordinal))), Times.Exactly(3));
        var logged = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs
            .Where(r => r.UserId == both || r.UserId == cycleOnly).Select(r => r.ReminderKey).ToListAsync());
        Assert.Equal(3, logged.Count);
        Assert.All(logged, k => Assert.StartsWith("waiver-", k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendDueAsync_MemberWhoDidNotOptIn_IsNeverSentAnAlert()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddMemberAsync(database, "quiet@example.org", cycle: false, fewSlots: false);
        await AddYearAsync(database, "Test State 30", 2027, WaiverCycleStatus.Open, used: 30);
        var email = new Mock<IEmailOutbox>();

        var sent = await RunAsync(database, email.Object, new FakeTimeProvider(InFy2027));

        Assert.Equal(0, sent);
        email.Verify(e => e.Queue(It.IsAny<EmailContent>()), Times.Never);
    }

    [Fact]
    public async Task SendDueAsync_StaffRecordMoreSlotsUsed_SendsTheFewSlotsAlertOnlyOnceTheyAreFewerThanFive()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddMemberAsync(database, "few@example.org", cycle: false, fewSlots: true);
        var yearId = await AddYearAsync(database, "Test State 30", 2027, WaiverCycleStatus.Open, used: 20);
        var email = new Mock<IEmailOutbox>();
        var clock = new FakeTimeProvider(InFy2027);

        var before = await RunAsync(database, email.Object, clock);
        await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var year = await db.WaiverProgramYears.SingleAsync(y => y.Id == yearId);
            year.SlotsUsed = 26;
            return await db.SaveChangesAsync();
        });
        var after = await RunAsync(database, email.Object, clock);
        var again = await RunAsync(database, email.Object, clock);

        Assert.Equal((0, 1, 0), (before, after, again));
    }

    [Fact]
    public async Task SendDueAsync_OpenCycleOfAPastFiscalYear_SendsNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddMemberAsync(database, "late@example.org", cycle: true, fewSlots: true);
        await AddYearAsync(database, "Test State 30", 2026, WaiverCycleStatus.Open, used: 29);
        var email = new Mock<IEmailOutbox>();

        var sent = await RunAsync(database, email.Object, new FakeTimeProvider(InFy2027));

        Assert.Equal(0, sent);
    }

    private static Task<int> RunAsync(TestDatabase database, IEmailOutbox email, TimeProvider clock) =>
        database.WithAsync(sp => new WaiverAlertService(
            sp.GetRequiredService<AppDbContext>(), email, ReminderServiceTests.Links, clock,
            NullLogger<WaiverAlertService>.Instance).SendDueAsync());

    private static Task<int> AddYearAsync(TestDatabase database, string program, int year, WaiverCycleStatus status, int used) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var record = new WaiverProgramYear
            {
                ProgramName = program,
                Year = year,
                TotalWaivers = 30,
                SecondCategoryMax = 10,
                SlotsReported = true,
                SlotsUsed = used,
                CycleStatus = status,
                Source = "Test report",
                SourceUrl = "https://report.example.org/",
                AsOf = new DateOnly(2026, 11, 20),
            };
            db.WaiverProgramYears.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

    private static Task<string> AddMemberAsync(TestDatabase database, string email, bool cycle, bool fewSlots) =>
        database.WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, TestDatabase.AdminPassword)).Succeeded);
            var db = sp.GetRequiredService<AppDbContext>();
            db.ImgProfiles.Add(new ImgProfile
            {
                UserId = user.Id,
                MedicalSchoolCountry = "Peru",
                MedicalSchoolName = "San Marcos",
                GraduationYear = 2022,
                WaiverCycleAlerts = cycle,
                WaiverFewSlotsAlerts = fewSlots,
            });
            await db.SaveChangesAsync();
            return user.Id;
        });
}
