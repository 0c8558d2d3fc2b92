using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Identity;
using ImgPortal.IntegrationTests.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Resilience;

public sealed class ReminderCatchUpTests
{
    /// <summary>A week before the seeded rank-order list deadline (3 March 2027): two reminders are due.</summary>
    private static readonly DateTimeOffset WeekBeforeRankDeadline = new(2027, 2, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDueAsync_MailServerDownThenBack_NextRunSendsEverythingOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddMemberAsync(database, "catch-up@example.org");
        var email = new Mock<IEmailSender>();
        email.SetupSequence(e => e.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("Connection refused by the mail server."))
            .Returns(Task.CompletedTask)
            .Returns(Task.CompletedTask);
        var clock = new FakeTimeProvider(WeekBeforeRankDeadline);

        await Assert.ThrowsAsync<IOException>(() => RunAsync(database, email.Object, clock));
        var loggedWhileDown = await CountLoggedAsync(database, userId);
        var sentWhenBack = await RunAsync(database, email.Object, clock);
        var sentAgain = await RunAsync(database, email.Object, clock);

        Assert.Equal(0, loggedWhileDown);
        Assert.Equal(2, sentWhenBack);
        Assert.Equal(0, sentAgain);
        Assert.Equal(2, await CountLoggedAsync(database, userId));
    }

    private static Task<int> CountLoggedAsync(TestDatabase database, string userId) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs.CountAsync(r => r.UserId == userId));

    private static Task<int> RunAsync(TestDatabase database, IEmailSender email, TimeProvider clock) =>
        database.WithAsync(sp => new ReminderService(
            sp.GetRequiredService<AppDbContext>(), email, ReminderServiceTests.PlainComposer(), ReminderServiceTests.Links, clock, NullLogger<ReminderService>.Instance).SendDueAsync());

    private static Task<string> AddMemberAsync(TestDatabase database, string email) =>
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
                FcvsStarted = true,
                FcvsStartedOn = new DateOnly(2027, 1, 1),
            });
            await db.SaveChangesAsync();
            return user.Id;
        });
}
