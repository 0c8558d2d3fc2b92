using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ImgPortal.IntegrationTests.Email;

/// <summary>
/// A real SMTP server in the test process (cosullivan/SmtpServer) on a free local port: STARTTLS with a
/// self-signed certificate made here, AUTH required and only over TLS, and scripted replies to DATA so
/// tests can make it refuse (4xx, 5xx) or hold a message. <see cref="Received"/> is what it accepted.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string UserName = "portal";
    public const string Password = "pässwörd-for-tests";

    private readonly ConcurrentQueue<Func<Task<SmtpResponse>>> _script = new();
    private readonly ConcurrentQueue<ReceivedMail> _received = new();
    private readonly ConcurrentQueue<(string User, string Password)> _logins = new();
    private CancellationTokenSource? _stop;
    private SmtpServer.SmtpServer? _server;
    private Task? _running;

    private SmtpTestServer(int port, X509Certificate2 certificate)
    {
        Port = port;
        Certificate = certificate;
    }

    public int Port { get; }

    /// <summary>The server's self-signed certificate: the only one the tests' client trusts.</summary>
    public X509Certificate2 Certificate { get; }

    public IReadOnlyCollection<ReceivedMail> Received => _received.ToArray();

    public IReadOnlyCollection<(string User, string Password)> Logins => _logins.ToArray();

    /// <summary>A server on a free port; not listening until <see cref="Start"/> (so tests can begin with it down).</summary>
    public static SmtpTestServer Create() => new(FreePort(), CreateCertificate());

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = Create();
        server.Start();
        await server.WaitUntilListeningAsync();
        return server;
    }

    public void Start()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint
                .Endpoint(new IPEndPoint(IPAddress.Loopback, Port))
                .IsSecure(false)
                .Certificate(Certificate)
                .AuthenticationRequired()
                .AllowUnsecureAuthentication(false))
            .Build();
        var services = new ServiceProvider();
        services.Add(new Store(this));
        services.Add(new DelegatingUserAuthenticator((user, password) =>
        {
            _logins.Enqueue((user, password));
            return user == UserName && password == Password;
        }));
        _stop = new CancellationTokenSource();
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public async Task WaitUntilListeningAsync()
    {
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (tries < 200)
            {
                await Task.Delay(25);
            }
        }
    }

    /// <summary>The next DATA gets <paramref name="reply"/> (e.g. 451 or 550) instead of 250.</summary>
    public void ThenReply(SmtpReplyCode reply, string text) =>
        _script.Enqueue(() => Task.FromResult(new SmtpResponse(reply, text)));

    /// <summary>The next DATA is accepted only once <paramref name="gate"/> completes; the task returned completes when it is held.</summary>
    public Task ThenHoldUntil(Task gate)
    {
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _script.Enqueue(async () =>
        {
            holding.SetResult();
            await gate;
            return SmtpResponse.Ok;
        });
        return holding.Task;
    }

    public async ValueTask DisposeAsync()
    {
        if (_stop is not null)
        {
            await _stop.CancelAsync();
            try
            {
                await _running!;
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }

            _stop.Dispose();
        }

        Certificate.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    /// <summary>One message as the server stored it, with how its session looked.</summary>
    public sealed record ReceivedMail(MimeMessage Message, string? AuthenticatedUser, bool OverTls);

    private sealed class Store(SmtpTestServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var response = server._script.TryDequeue(out var scripted) ? await scripted() : SmtpResponse.Ok;
            if (response.ReplyCode != SmtpReplyCode.Ok)
            {
                return response;
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            server._received.Enqueue(new ReceivedMail(message, context.Authentication.User, context.Pipe.IsSecure));
            return response;
        }
    }
}
