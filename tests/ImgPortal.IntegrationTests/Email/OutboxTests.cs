using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Email;

/// <summary>The e-mail outbox on SQLite, with the delivery sender (SMTP in production) replaced by a mock.</summary>
public sealed class OutboxTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<IEmailSender> _delivery = new();
    private readonly List<EmailMessage> _delivered = [];
    private bool _smtpDown;

    public OutboxTests()
    {
        _delivery.Setup(d => d.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .Returns((EmailMessage message, CancellationToken _) =>
            {
                if (_smtpDown)
                {
                    throw new System.Net.Sockets.SocketException(111);
                }

                _delivered.Add(message);
                return Task.CompletedTask;
            });
    }

    [Fact]
    public async Task SendAsync_WhileDeliveryFails_KeepsTheMessageAndDeliversItOnceAfterRecovery()
    {
        await using var database = await CreateDatabaseAsync();
        _smtpDown = true;

        await database.WithAsync(async sp =>
        {
            await QueueAsync(sp, "ana@example.org", "Your mentor", "<p>Hello</p>");
            return 0;
        });

        var queued = await SingleMessageAsync(database);
        Assert.Null(queued.SentAtUtc);
        Assert.Equal(1, queued.Attempts);
        Assert.Contains("SocketException", queued.LastError, StringComparison.Ordinal);
        Assert.Empty(_delivered);

        _smtpDown = false;
        var tooSoon = await DispatchDueAsync(database);
        _clock.Advance(OutboxDispatcher.Backoff(1));
        var afterBackoff = await DispatchDueAsync(database);
        var again = await DispatchDueAsync(database);

        Assert.Equal(0, tooSoon);
        Assert.Equal(1, afterBackoff);
        Assert.Equal(0, again);
        var delivered = Assert.Single(_delivered);
        Assert.Equal("ana@example.org", delivered.To);
        Assert.Equal(queued.MessageIdHeader, delivered.MessageId);
        var sent = await SingleMessageAsync(database);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, sent.SentAtUtc);
        Assert.Null(sent.NextAttemptAtUtc);
    }

    [Fact]
    public async Task SendAsync_DeliveryWorks_DeliversAtOnceAndNeverAgain()
    {
        await using var database = await CreateDatabaseAsync();

        await database.WithAsync(async sp =>
        {
            await QueueAsync(sp, "bo@example.org", "Hi", "<p>See <a href=\"https://portal.example/roadmap\">your roadmap</a></p>");
            return 0;
        });
        _clock.Advance(TimeSpan.FromHours(2));
        var later = await DispatchDueAsync(database);

        Assert.Equal(0, later);
        var delivered = Assert.Single(_delivered);
        Assert.Contains("https://portal.example/roadmap", delivered.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claim_MessageAlreadyClaimedByAnotherDispatcher_IsRefusedAndNotDeliveredTwice()
    {
        await using var database = await CreateDatabaseAsync(dispatchOnEnqueue: false);
        var id = await database.WithAsync(async sp =>
        {
            await QueueAsync(sp, "cy@example.org", "Hi", "<p>Hi</p>");
            return await sp.GetRequiredService<AppDbContext>().OutboxMessages.Select(m => m.Id).SingleAsync();
        });
        await using var other = database.Scope();
        var otherContext = other.ServiceProvider.GetRequiredService<AppDbContext>();
        var staleCopy = await otherContext.OutboxMessages.SingleAsync(m => m.Id == id);

        var delivered = await database.WithAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchAsync(id));
        var deliveredAgain = await database.WithAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchAsync(id));
        staleCopy.Attempts++;

        Assert.True(delivered);
        Assert.False(deliveredAgain);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => otherContext.SaveChangesAsync());
        Assert.Single(_delivered);
    }

    [Fact]
    public async Task DispatchDueAsync_DeliveryKeepsFailing_StopsAfterMaxAttemptsButKeepsTheMessage()
    {
        await using var database = await CreateDatabaseAsync(maxAttempts: 2);
        _smtpDown = true;
        await database.WithAsync(async sp =>
        {
            await QueueAsync(sp, "di@example.org", "Hi", "<p>Hi</p>");
            return 0;
        });

        _clock.Advance(TimeSpan.FromHours(1));
        await DispatchDueAsync(database);
        _clock.Advance(TimeSpan.FromHours(1));
        await DispatchDueAsync(database);

        var kept = await SingleMessageAsync(database);
        Assert.Equal(2, kept.Attempts);
        Assert.Null(kept.NextAttemptAtUtc);
        Assert.Null(kept.SentAtUtc);
    }

    [Fact]
    public async Task Queue_BeforeTheCallersSave_StoresNeitherTheChangeNorTheEmailUntilThatSaveCommitsBoth()
    {
        await using var database = await CreateDatabaseAsync();
        await using var caller = database.Scope();
        var db = caller.ServiceProvider.GetRequiredService<AppDbContext>();
        db.SeasonDates.Add(new SeasonDate { Title = "Queued with its e-mail", Kind = SeasonDateKind.Deadline, Cycle = 2027 });
        caller.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(new EmailContent("eve@example.org", "Hi", ["Hello."], null, "A test."));

        var beforeSave = await StoredAsync(database);
        await db.SaveChangesAsync();
        var afterSave = await StoredAsync(database);

        Assert.Equal((0, 0, 0), beforeSave);
        Assert.Equal((1, 1, 1), afterSave);
    }

    [Fact]
    public async Task Queue_SavedInsideATransaction_IsDeliveredOnlyAfterTheCommit()
    {
        await using var database = await CreateDatabaseAsync();
        await using var caller = database.Scope();
        var db = caller.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        caller.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(new EmailContent("fay@example.org", "Hi", ["Hello."], null, "A test."));

        await db.SaveChangesAsync();
        var deliveredBeforeCommit = _delivered.Count;
        await transaction.CommitAsync();

        Assert.Equal(0, deliveredBeforeCommit);
        Assert.Equal("fay@example.org", Assert.Single(_delivered).To);
        Assert.NotNull((await SingleMessageAsync(database)).SentAtUtc);
    }

    [Fact]
    public async Task Queue_TransactionRolledBack_StoresAndDeliversNothing()
    {
        await using var database = await CreateDatabaseAsync();
        await using (var caller = database.Scope())
        {
            var db = caller.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            caller.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(new EmailContent("gus@example.org", "Hi", ["Hello."], null, "A test."));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal((0, 0, 0), await StoredAsync(database));
    }

    [Fact]
    public async Task DispatchAsync_StoredContent_IsLaidOutByTheComposerOnlyWhenDelivered()
    {
        await using var database = await CreateDatabaseAsync(dispatchOnEnqueue: false);
        var content = new EmailContent(
            "hal@example.org",
            "Updated: ERAS fee (2027)",
            ["The fee changed.", "Check it <b>before</b> you apply."],
            new EmailAction("See the fees", new Uri("https://portal.example/costs?year=2027")),
            "You follow fees.",
            Unsubscribe: new Uri("https://portal.example/alerts/unsubscribe?token=abc"));
        await database.WithAsync(async sp =>
        {
            sp.GetRequiredService<IEmailOutbox>().Queue(content);
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });
        var queued = await SingleMessageAsync(database);

        var delivered = await database.WithAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchAsync(queued.Id));

        Assert.True(delivered);
        var message = Assert.Single(_delivered);
        Assert.Equal(("hal@example.org", "Updated: ERAS fee (2027)"), (message.To, message.Subject));
        Assert.Equal(Profiles.ReminderServiceTests.Plain(content), message.HtmlBody);
        Assert.Contains("https://portal.example/costs?year=2027", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(queued.MessageIdHeader, message.MessageId);
        var stored = EmailOutbox.Deserialize(queued.Content);
        Assert.Equal(content.Paragraphs, stored.Paragraphs);
        Assert.Equal(content.Action, stored.Action);
        Assert.Equal(content.Unsubscribe, stored.Unsubscribe);
        Assert.Equal(content with { Paragraphs = stored.Paragraphs }, stored);
    }

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(5, 480)]
    [InlineData(20, 3600)]
    public void Backoff_AfterAttempts_DoublesUpToAnHour(int attempts, int seconds)
    {
        var wait = OutboxDispatcher.Backoff(attempts);

        Assert.Equal(TimeSpan.FromSeconds(seconds), wait);
    }

    private Task<TestDatabase> CreateDatabaseAsync(bool dispatchOnEnqueue = true, int maxAttempts = 12) =>
        TestDatabase.CreateAsync(
            settings: new Dictionary<string, string?>
            {
                ["Email:Outbox:DispatchOnEnqueue"] = dispatchOnEnqueue.ToString(),
                ["Email:Outbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            configure: services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                services.AddKeyedSingleton(OutboxDispatcher.DeliveryKey, _delivery.Object);
            });

    /// <summary>Queues an e-mail of <paramref name="html"/> and saves it, as a use case does with its change.</summary>
    internal static async Task QueueAsync(IServiceProvider sp, string to, string subject, string html)
    {
        sp.GetRequiredService<IEmailOutbox>().Queue(new EmailContent(to, subject, [], null, "A test.", TrustedHtml: html));
        await sp.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }

    private static Task<int> DispatchDueAsync(TestDatabase database) =>
        database.WithAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync());

    /// <summary>The test's season dates and outbox messages in the database, and the messages delivered.</summary>
    private Task<(int Changes, int Messages, int Delivered)> StoredAsync(TestDatabase database) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return (await db.SeasonDates.CountAsync(d => d.Title == "Queued with its e-mail"), await db.OutboxMessages.CountAsync(), _delivered.Count);
        });

    private static Task<OutboxMessage> SingleMessageAsync(TestDatabase database) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
}
