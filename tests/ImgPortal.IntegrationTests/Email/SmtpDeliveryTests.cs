using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SmtpServer.Protocol;

namespace ImgPortal.IntegrationTests.Email;

/// <summary>
/// The production delivery path (outbox → dispatcher → MailKit) against a real SMTP server on a local port:
/// STARTTLS, AUTH, UTF-8, refusals, outages, a server that never answers and a delivery slower than the backoff.
/// </summary>
public sealed class SmtpDeliveryTests
{
    private const string FromName = "Zoë’s ImgPortal — Ärzte ✓";
    private const string Subject = "Ihre Bestätigung: 日本語の件名 ✓ — Résumé";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Dispatch_SmtpWithStartTlsAndLogin_DeliversOverTlsWithUtf8NamesAndSubjectIntact()
    {
        await using var server = await SmtpTestServer.StartAsync();
        await using var database = await CreateDatabaseAsync(server);
        await QueueAsync(database, "Ünal Çelik <unal@example.org>");

        var sent = await DispatchDueAsync(database);

        Assert.Equal(1, sent);
        var received = Assert.Single(server.Received);
        Assert.True(received.OverTls);
        Assert.Equal(SmtpTestServer.UserName, received.AuthenticatedUser);
        Assert.Contains((SmtpTestServer.UserName, SmtpTestServer.Password), server.Logins);
        Assert.Equal(Subject, received.Message.Subject);
        Assert.Equal(FromName, Assert.Single(received.Message.From.Mailboxes).Name);
        Assert.Equal("Ünal Çelik", Assert.Single(received.Message.To.Mailboxes).Name);
        Assert.Contains("Grüße aus Köln", received.Message.TextBody, StringComparison.Ordinal);
        var row = await SingleMessageAsync(database);
        Assert.Equal(row.MessageIdHeader, received.Message.MessageId);
        Assert.NotNull(row.SentAtUtc);
    }

    [Fact]
    public async Task Dispatch_WithoutTheTestCertificateHook_RefusesTheSelfSignedServerAndKeepsTheMessage()
    {
        await using var server = await SmtpTestServer.StartAsync();
        await using var database = await CreateDatabaseAsync(server, trustTestCertificate: false);
        await QueueAsync(database);

        var sent = await DispatchDueAsync(database);

        Assert.Equal(0, sent);
        Assert.Empty(server.Received);
        var row = await SingleMessageAsync(database);
        Assert.Contains("SslHandshakeException", row.LastError, StringComparison.Ordinal);
        Assert.NotNull(row.NextAttemptAtUtc);
    }

    [Fact]
    public async Task Dispatch_ServerRefusesWith4xxThenAccepts_RetriesAfterTheBackoffAndSendsExactlyOnce()
    {
        await using var server = await SmtpTestServer.StartAsync();
        server.ThenReply((SmtpReplyCode)451, "Try again later");
        await using var database = await CreateDatabaseAsync(server);
        await QueueAsync(database);

        var first = await DispatchDueAsync(database);
        var failed = await SingleMessageAsync(database);
        var tooSoon = await DispatchDueAsync(database);
        _clock.Advance(OutboxDispatcher.Backoff(1));
        var afterBackoff = await DispatchDueAsync(database);
        _clock.Advance(TimeSpan.FromHours(2));
        var later = await DispatchDueAsync(database);

        Assert.Equal(0, first);
        Assert.Contains("SmtpCommandException: Try again later", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime - TimeSpan.FromHours(2), failed.NextAttemptAtUtc);
        Assert.Equal(0, tooSoon);
        Assert.Equal(1, afterBackoff);
        Assert.Equal(0, later);
        var received = Assert.Single(server.Received);
        Assert.Equal(failed.MessageIdHeader, received.Message.MessageId);
    }

    [Fact]
    public async Task Dispatch_ServerRefusesWith5xx_MarksTheMessageFailedWithoutRetryingUntilStaffRetryIt()
    {
        await using var server = await SmtpTestServer.StartAsync();
        server.ThenReply(SmtpReplyCode.MailboxUnavailable, "No such mailbox");
        await using var database = await CreateDatabaseAsync(server);
        await QueueAsync(database);

        await DispatchDueAsync(database);
        _clock.Advance(TimeSpan.FromHours(2));
        var later = await DispatchDueAsync(database);
        var failed = await SingleMessageAsync(database);
        var listed = await database.WithAsync(sp => sp.GetRequiredService<IFailedEmails>().ListAsync(50));

        Assert.Equal(0, later);
        Assert.Empty(server.Received);
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.NextAttemptAtUtc);
        Assert.Null(failed.SentAtUtc);
        var shown = Assert.Single(listed);
        Assert.Equal(failed.Id, shown.Id);
        Assert.Contains("550", shown.Reason, StringComparison.Ordinal);
        Assert.Contains("No such mailbox", shown.Reason, StringComparison.Ordinal);

        var retry = await database.WithAsync(sp => sp.GetRequiredService<IFailedEmails>().RetryAsync(failed.Id));
        var afterRetry = await DispatchDueAsync(database);

        Assert.True(retry.Succeeded);
        Assert.Equal(1, afterRetry);
        Assert.Single(server.Received);
        Assert.Empty(await database.WithAsync(sp => sp.GetRequiredService<IFailedEmails>().ListAsync(50)));
    }

    [Fact]
    public async Task Dispatch_ServerDownForAWhile_LosesNothingAndSendsEachMessageOnceWhenItReturns()
    {
        await using var server = SmtpTestServer.Create();
        await using var database = await CreateDatabaseAsync(server);
        await QueueAsync(database);
        await QueueAsync(database);

        var whileDown = await DispatchDueAsync(database);
        server.Start();
        await server.WaitUntilListeningAsync();
        _clock.Advance(OutboxDispatcher.Backoff(1));
        var whenBack = await DispatchDueAsync(database);
        _clock.Advance(TimeSpan.FromHours(2));
        var later = await DispatchDueAsync(database);

        Assert.Equal(0, whileDown);
        Assert.Equal(2, whenBack);
        Assert.Equal(0, later);
        var ids = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.Select(m => m.Id).ToListAsync());
        Assert.Equal(
            ids.Select(id => $"{id:N}@imgportal").Order(StringComparer.Ordinal),
            server.Received.Select(r => r.Message.MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Dispatch_ServerAcceptsTheConnectionAndNeverAnswers_GivesUpAfterTheTimeoutAndRetriesLater()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            await using var database = await CreateDatabaseAsync(port, certificate: null, timeoutSeconds: 1);
            await QueueAsync(database);

            var sent = await DispatchDueAsync(database);

            Assert.Equal(0, sent);
            var row = await SingleMessageAsync(database);
            Assert.Contains("TimeoutException", row.LastError, StringComparison.Ordinal);
            Assert.Equal(_clock.GetUtcNow().UtcDateTime + OutboxDispatcher.Backoff(1), row.NextAttemptAtUtc);
            Assert.Null(row.SentAtUtc);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task Dispatch_DeliverySlowerThanTheBackoff_IsLeasedSoNoOtherRunSendsItAgain()
    {
        await using var server = await SmtpTestServer.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = server.ThenHoldUntil(release.Task);
        await using var database = await CreateDatabaseAsync(server);
        await QueueAsync(database);

        var slow = DispatchDueAsync(database);
        await holding;
        _clock.Advance(OutboxDispatcher.Backoff(1) + TimeSpan.FromSeconds(1));
        var meanwhile = await DispatchDueAsync(database);
        release.SetResult();
        var sent = await slow;

        Assert.Equal(0, meanwhile);
        Assert.Equal(1, sent);
        Assert.Single(server.Received);
        Assert.True(OutboxDispatcher.Lease(new EmailOptions()) > TimeSpan.FromSeconds(new SmtpOptions().TimeoutSeconds));
    }

    private Task<TestDatabase> CreateDatabaseAsync(SmtpTestServer server, bool trustTestCertificate = true) =>
        CreateDatabaseAsync(server.Port, trustTestCertificate ? server.Certificate : null);

    private Task<TestDatabase> CreateDatabaseAsync(int port, System.Security.Cryptography.X509Certificates.X509Certificate2? certificate, int timeoutSeconds = 30) =>
        TestDatabase.CreateAsync(
            settings: new Dictionary<string, string?>
            {
                ["Email:Delivery"] = "Smtp",
                ["Email:FromName"] = FromName,
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = port.ToString(CultureInfo.InvariantCulture),
                ["Email:Smtp:UserName"] = SmtpTestServer.UserName,
                ["Email:Smtp:Password"] = SmtpTestServer.Password,
                ["Email:Smtp:TimeoutSeconds"] = timeoutSeconds.ToString(CultureInfo.InvariantCulture),
            },
            configure: services =>
            {
                services.AddSingleton<TimeProvider>(_clock);
                if (certificate is not null)
                {
                    // Trust exactly the test server's own certificate; production never sets this.
                    var thumbprint = certificate.GetCertHashString();
                    services.Configure<SmtpTransportOptions>(o => o.ServerCertificateValidationCallback =
                        (_, presented, _, _) => presented is not null && presented.GetCertHashString() == thumbprint);
                }
            });

    private static Task<int> QueueAsync(TestDatabase database, string to = "ana@example.org") =>
        database.WithAsync(async sp =>
        {
            await OutboxTests.QueueAsync(sp, to, Subject, "<p>Grüße aus Köln — ✓</p>");
            return 0;
        });

    private static Task<int> DispatchDueAsync(TestDatabase database) =>
        database.WithAsync(sp => sp.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync());

    private static Task<OutboxMessage> SingleMessageAsync(TestDatabase database) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().SingleAsync());
}
