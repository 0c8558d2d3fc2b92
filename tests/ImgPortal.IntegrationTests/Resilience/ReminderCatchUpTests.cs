using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
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
    /// <summary>A week before a rank-order list deadline of 3 March 2027 (entered by the test; the seed leaves it "not announced").</summary>
    private static readonly DateTimeOffset WeekBeforeRankDeadline = new(2027, 2, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendDueAsync_MailServerDownThenBack_NextRunSendsEverythingOnce()
    {
        var due = await DueWithAWorkingMailServerAsync();
        await using var database = await TestDatabase.CreateAsync();
        var userId = await AddMemberAsync(database, "catch-up@example.org");
        await AddRankDeadlineAsync(database);
        var email = new Mock<IEmailOutbox>();
        email.SetupSequence(e => e.Queue(It.IsAny<EmailContent>()))
            .Throws(new IOException("Connection refused by the mail server."))
            .Pass()
            .Pass()
            .Pass()
            .Pass()
            .Pass();
        var clock = new FakeTimeProvider(WeekBeforeRankDeadline);

        await Assert.ThrowsAsync<IOException>(() => RunAsync(database, email.Object, clock));
        var loggedWhileDown = await CountLoggedAsync(database, userId);
        var sentWhenBack = await RunAsync(database, email.Object, clock);
        var sentAgain = await RunAsync(database, email.Object, clock);

        Assert.InRange(due, 2, 5);
        Assert.Equal(0, loggedWhileDown);
        Assert.Equal(due, sentWhenBack);
        Assert.Equal(0, sentAgain);
        Assert.Equal(due, await CountLoggedAsync(database, userId));
    }

    /// <summary>How many reminders the same member gets on the same day when the mail server never fails.</summary>
    private static async Task<int> DueWithAWorkingMailServerAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await AddMemberAsync(database, "control@example.org");
        await AddRankDeadlineAsync(database);
        var email = new Mock<IEmailOutbox>();
        return await RunAsync(database, email.Object, new FakeTimeProvider(WeekBeforeRankDeadline));
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

    private static Task<int> CountLoggedAsync(TestDatabase database, string userId) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs.CountAsync(r => r.UserId == userId));

    private static Task<int> RunAsync(TestDatabase database, IEmailOutbox email, TimeProvider clock) =>
        database.WithAsync(sp => new ReminderService(
            sp.GetRequiredService<AppDbContext>(), email, ReminderServiceTests.Links, clock, NullLogger<ReminderService>.Instance).SendDueAsync());

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
