using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>Staff see the e-mail the outbox gave up on, with the reason, and can retry it.</summary>
public sealed class FailedMailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task FailedMail_RefusedMessage_IsListedWithItsReasonAndRetryQueuesItAgain()
    {
        var id = await AddFailedMessageAsync("550 5.1.1 No such mailbox here");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/mail/failed");
        var row = page.Document.QuerySelectorAll("#failed-mail tbody tr")
            .Single(r => r.QuerySelector(".failed-mail-reason")!.TextContent.Contains("No such mailbox here", StringComparison.Ordinal));
        Assert.Contains($"failed-{id:N}@test.example", row.TextContent, StringComparison.Ordinal);

        var after = await page.SubmitAsync(staff, new Dictionary<string, string>(), $"form[action='/staff/mail/failed/{id}/retry']");

        Assert.Contains("queued again", after.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(
            after.Document.QuerySelectorAll("#failed-mail .failed-mail-reason"),
            r => r.TextContent.Contains("No such mailbox here", StringComparison.Ordinal));
        using var scope = factory.Services.CreateScope();
        var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
        Assert.True(message.NextAttemptAtUtc is not null || message.SentAtUtc is not null);
    }

    [Fact]
    public async Task StaffHome_LinksToTheFailedMailList()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var home = await HtmlPage.GetAsync(staff, "/staff");

        Assert.Equal("/staff/mail/failed", home.Document.QuerySelector("#failed-mail-link")?.GetAttribute("href"));
    }

    private async Task<Guid> AddFailedMessageAsync(string reason)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = Guid.NewGuid();
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = id,
            To = $"failed-{id:N}@test.example",
            Subject = "Your mentor",
            Content = "{}",
            CreatedAtUtc = DateTime.UtcNow,
            Attempts = 1,
            LastError = $"PermanentDeliveryException: The mail server refused the message (550): {reason}",
        });
        await db.SaveChangesAsync();
        return id;
    }
}
