using System.Collections.Concurrent;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Email;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests;

/// <summary>With SMTP delivery, requests only queue mail: the SMTP sender never runs inside a request (ADR 0067).</summary>
public sealed class MailQueuingTests
{
    [Fact]
    public async Task RegisterAndForgotPassword_SmtpDelivery_QueueTheMailAndNeverCallSmtpInsideTheRequest()
    {
        var smtp = new RecordingDelivery();
        using var portal = new PortalFactory()
            .With("Email:Delivery", "Smtp")
            .With("Email:Smtp:Host", "127.0.0.1");
        using var app = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddKeyedSingleton<IEmailSender>(OutboxDispatcher.DeliveryKey, (provider, _) =>
                smtp.Inside(provider.GetRequiredService<IHttpContextAccessor>()))));
        var client = app.CreateClient();
        var registering = $"register-{Guid.NewGuid():N}@test.example";
        var forgetting = $"forgot-{Guid.NewGuid():N}@test.example";
        await portal.CreateUserAsync(forgetting);

        var register = await HtmlPage.GetAsync(client, "/Identity/Account/Register");
        await register.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ada Obi",
            ["Input.Email"] = registering,
            ["Input.Password"] = PortalFactory.Password,
            ["Input.ConfirmPassword"] = PortalFactory.Password,
        }, "form#registerForm");
        var forgot = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");
        await forgot.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = forgetting });

        // The reset e-mail is queued by the background work after the request (ADR 0071): wait for its row.
        using var scope = app.Services.CreateScope();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<string> queued;
        do
        {
            await Task.Delay(50);
            queued = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
                .Where(m => m.To == registering || m.To == forgetting)
                .Select(m => m.To)
                .ToListAsync();
        }
        while (!queued.Contains(forgetting) && DateTime.UtcNow < deadline);

        Assert.Contains(registering, queued);
        Assert.Contains(forgetting, queued);
        Assert.Empty(smtp.CallsInsideARequest);
    }

    /// <summary>Stands in for the SMTP sender and notes every call made while a request was being handled.</summary>
    private sealed class RecordingDelivery
    {
        public ConcurrentQueue<string> CallsInsideARequest { get; } = new();

        public IEmailSender Inside(IHttpContextAccessor http) => new Sender(this, http);

        private sealed class Sender(RecordingDelivery owner, IHttpContextAccessor http) : IEmailSender
        {
            public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
            {
                if (http.HttpContext is { } context)
                {
                    owner.CallsInsideARequest.Enqueue(context.Request.Path);
                }

                return Task.CompletedTask;
            }
        }
    }
}
