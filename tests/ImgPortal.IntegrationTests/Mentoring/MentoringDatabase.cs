using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Directory;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;

namespace ImgPortal.IntegrationTests.Mentoring;

/// <summary>Builds mentoring data on a real SQLite database, and the services as a given user would get them.</summary>
public static class MentoringDatabase
{
    public static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    public static readonly IPortalLinks Links = new PortalLinks(Options.Create(new PortalOptions { PublicBaseUrl = new Uri("https://portal.example") }));

    public static async Task<string> CreateUserAsync(TestDatabase database, string email)
    {
        await using var scope = database.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, TestDatabase.AdminPassword);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public static Mentor Mentor(string userId, string name, int capacity = 1, MentorStatus status = MentorStatus.Approved,
        string specialty = "Internal Medicine", string state = "NY", string[]? languages = null) => new()
        {
            UserId = userId,
            DisplayName = name,
            Specialty = specialty,
            Hospital = "Mercy General",
            State = state,
            HelpAreas = HelpAreas.Interviewing,
            Capacity = capacity,
            Status = status,
            ListInDirectory = true,
            AppliedAtUtc = Now,
            Languages = [.. (languages ?? ["English"]).Select(l => new MentorLanguage { Language = l })],
            TrainingCountries = [new MentorTrainingCountry { Country = "India" }],
            Licenses = [new MentorLicense { State = state, Number = "L-" + name.GetHashCode(StringComparison.Ordinal).ToString("x", System.Globalization.CultureInfo.InvariantCulture) }],
            VettingChecks = [.. VettingRules.Items.Select(i => new VettingCheck { Item = i, CheckedAtUtc = Now, CheckedBy = "staff@example.org" })],
        };

    public static MenteeRequest Request(string userId, string name) => new()
    {
        MemberUserId = userId,
        DisplayName = name,
        HelpAreas = HelpAreas.Interviewing,
        CreatedAtUtc = Now,
    };

    public static async Task<T> AddAsync<T>(TestDatabase database, T entity)
        where T : class
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    public static Mock<ICurrentUser> User(string userId, bool staff = false)
    {
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns(userId);
        user.SetupGet(u => u.IsStaff).Returns(staff);
        user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns((string role) => staff && role == Roles.Staff);
        return user;
    }

    public static MenteeRequestService MemberRequests(IServiceProvider services, ICurrentUser user, IEmailOutbox? email = null, bool membersMayChoose = false) =>
        new(
            services.GetRequiredService<AppDbContext>(),
            user,
            Mailer(services, email),
            TimeProvider.System,
            Options.Create(new MentoringOptions { MembersMayChoose = membersMayChoose }),
            Links);

    public static StaffRequestService StaffRequests(IServiceProvider services, ICurrentUser user, bool membersMayChoose = false) =>
        new(services.GetRequiredService<AppDbContext>(), user, Options.Create(new MentoringOptions { MembersMayChoose = membersMayChoose }));

    public static ProposalService Proposals(IServiceProvider services, ICurrentUser user, IEmailOutbox? email = null, bool membersMayChoose = false) =>
        new(
            services.GetRequiredService<AppDbContext>(),
            user,
            Mailer(services, email),
            TimeProvider.System,
            Options.Create(new MentoringOptions { MembersMayChoose = membersMayChoose }),
            Links,
            new RoadmapSharingService(
                services.GetRequiredService<AppDbContext>(), user,
                new Core.Profiles.RoadmapService(services.GetRequiredService<AppDbContext>(), user, TimeProvider.System)));

    public static PairingTransitions Transitions(IServiceProvider services, ICurrentUser user, IEmailOutbox? email = null) =>
        new(
            services.GetRequiredService<AppDbContext>(),
            user,
            Mailer(services, email),
            TimeProvider.System,
            Links,
            services.GetRequiredService<IDatabaseErrors>());

    public static VettingService Vet(IServiceProvider services, ICurrentUser user, IEmailOutbox? email = null) =>
        new(
            services.GetRequiredService<AppDbContext>(),
            user,
            Mailer(services, email),
            services.GetRequiredService<IUserAccounts>(),
            TimeProvider.System);

    public static StaffMentorService StaffMentors(IServiceProvider services) =>
        new(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<IUserAccounts>(), TimeProvider.System);

    public static MentorDirectoryService MentorDirectory(IServiceProvider services) =>
        new(services.GetRequiredService<AppDbContext>());

    private static MentoringMailer Mailer(IServiceProvider services, IEmailOutbox? email) =>
        new(services.GetRequiredService<IUserAccounts>(), email ?? Mock.Of<IEmailOutbox>(), Links);
}
