using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Requests;

/// <summary>A member's request for a mentor and the e-mail that acknowledges it are stored together or not at all (ADR 0096).</summary>
public sealed class RequestAcknowledgementTests
{
    private const string Member = "member@acknowledge.example";

    private static MenteeRequestDetails Details() =>
        new("Ada Obi", HelpAreas.Interviewing, null, null, null, string.Empty, string.Empty, string.Empty);

    [Fact]
    public async Task CreateRequestAsync_SaveSucceeds_StoresTheRequestAndItsAcknowledgementTogether()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await CreateUserAsync(database, Member);

        var outcome = await CreateAsync(database, userId);

        Assert.True(outcome.Succeeded);
        var (requests, messages) = await StoredAsync(database);
        Assert.Equal(outcome.Id, Assert.Single(requests));
        var message = Assert.Single(messages);
        Assert.Equal(Member, message.To);
        Assert.Equal("ImgPortal: we have your request for a mentor", message.Subject);
        Assert.Contains($"/mentoring/requests/{outcome.Id}", message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateRequestAsync_AcknowledgementCannotBeSaved_StoresNeitherTheRequestNorTheEmail()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await CreateUserAsync(database, Member);
        await RefuseInsertsIntoAsync(database, "OutboxMessages");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => CreateAsync(database, userId));

        var (requests, messages) = await StoredAsync(database);
        Assert.Empty(requests);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task CreateRequestAsync_RequestCannotBeSaved_StoresNeitherTheRequestNorTheEmail()
    {
        await using var database = await TestDatabase.CreateAsync();
        var userId = await CreateUserAsync(database, Member);
        await RefuseInsertsIntoAsync(database, "MenteeRequests");

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => CreateAsync(database, userId));

        var (requests, messages) = await StoredAsync(database);
        Assert.Empty(requests);
        Assert.Empty(messages);
    }

    private static async Task<Outcome> CreateAsync(TestDatabase database, string userId)
    {
        await using var scope = database.Scope();
        var outbox = scope.ServiceProvider.GetRequiredService<IEmailOutbox>();
        return await MemberRequests(scope.ServiceProvider, User(userId).Object, outbox).CreateRequestAsync(Details());
    }

    /// <summary>Makes the database refuse every new row of <paramref name="table"/>, as a full disk or a lost connection would.</summary>
    private static Task<int> RefuseInsertsIntoAsync(TestDatabase database, string table) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(table switch
        {
            "OutboxMessages" => "CREATE TRIGGER refuse_outbox BEFORE INSERT ON \"OutboxMessages\" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
            _ => "CREATE TRIGGER refuse_requests BEFORE INSERT ON \"MenteeRequests\" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        }));

    private static Task<(List<int> Requests, List<OutboxMessage> Messages)> StoredAsync(TestDatabase database) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var requests = await db.MenteeRequests.AsNoTracking().Select(r => r.Id).ToListAsync();
            var messages = await db.OutboxMessages.AsNoTracking().ToListAsync();
            return (requests, messages);
        });
}
