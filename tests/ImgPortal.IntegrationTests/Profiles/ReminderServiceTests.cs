using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Profiles;

public sealed class ReminderServiceTests
{
    /// <summary>A week before the seeded rank-order list deadline (3 March 2027).</summary>
    private static readonly DateTimeOffset WeekBeforeRankDeadline = new(2027, 2, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDueAsync_RunTwice_SendsEachReminderOnceAndLogsIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddMemberAsync(database, "once@example.org", remindersOff: false, fcvsStartedOn: new DateOnly(2027, 1, 1));
        var email = new Mock<IEmailSender>();
        var clock = new FakeTimeProvider(WeekBeforeRankDeadline);

        var first = await RunAsync(database, email.Object, clock);
        var second = await RunAsync(database, email.Object, clock);

        Assert.Equal(2, first);
        Assert.Equal(0, second);
        email.Verify(e => e.SendAsync(It.Is<EmailMessage>(m => m.To == "once@example.org" && m.Subject.StartsWith("NRMP rank-order list deadline", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
        email.Verify(e => e.SendAsync(It.Is<EmailMessage>(m => m.Subject == "Time to follow up with FCVS"), It.IsAny<CancellationToken>()), Times.Once);
        var logged = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs.CountAsync(r => r.UserId == userId));
        Assert.Equal(2, logged);
    }

    [Fact]
    public async Task SendDueAsync_MemberTurnedRemindersOff_SendsThemNothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddMemberAsync(database, "quiet@example.org", remindersOff: true, fcvsStartedOn: new DateOnly(2027, 1, 1));
        var email = new Mock<IEmailSender>();

        var sent = await RunAsync(database, email.Object, new FakeTimeProvider(WeekBeforeRankDeadline));

        Assert.Equal(0, sent);
        email.Verify(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SendDueAsync_EightDaysBeforeTheDeadline_SendsNothingYet()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddMemberAsync(database, "early@example.org", remindersOff: false, fcvsStartedOn: null);
        var email = new Mock<IEmailSender>();

        var sent = await RunAsync(database, email.Object, new FakeTimeProvider(WeekBeforeRankDeadline.AddDays(-1)));

        Assert.Equal(0, sent);
    }

    private static Task<int> RunAsync(TestDatabase database, IEmailSender email, TimeProvider clock) =>
        database.WithAsync(sp => new ReminderService(
            sp.GetRequiredService<AppDbContext>(), email, PlainComposer(), Links, clock, NullLogger<ReminderService>.Instance).SendDueAsync());

    internal static readonly PortalLinks Links =
        new(Microsoft.Extensions.Options.Options.Create(new PortalOptions { PublicBaseUrl = new Uri("https://portal.example/") }));

    /// <summary>Lays content out as one paragraph per line with the action's URL: enough to see what was sent.</summary>
    internal static IEmailComposer PlainComposer()
    {
        var composer = new Mock<IEmailComposer>();
        composer.Setup(c => c.ComposeAsync(It.IsAny<EmailContent>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((EmailContent c, CancellationToken _) =>
                new EmailMessage(c.To, c.Subject, string.Join("\n", [.. c.Paragraphs, c.TrustedHtml ?? "", c.Action?.Url.ToString() ?? ""])));
        return composer.Object;
    }

    private static Task<string> AddMemberAsync(TestDatabase database, string email, bool remindersOff, DateOnly? fcvsStartedOn) =>
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
            });
            await db.SaveChangesAsync();
            return user.Id;
        });
}
