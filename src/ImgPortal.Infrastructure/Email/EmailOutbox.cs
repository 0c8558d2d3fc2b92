using System.Text.Json;
using ImgPortal.Core.Common;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// The application's <see cref="IEmailOutbox"/>: adds an <see cref="OutboxMessage"/> holding the e-mail's content as
/// JSON to the scope's context, unsaved. The caller's save commits it with the change that caused it; after that
/// commit <see cref="OutboxDispatchInterceptor"/> writes pickup files at once, and the background service delivers
/// the rest (ADRs 0067, 0096).
/// </summary>
public sealed class EmailOutbox(IAppDbContext db, IServiceScopeFactory scopes, TimeProvider clock) : IEmailOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Queue(EmailContent content)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            To = content.To,
            Subject = content.Subject.Length > OutboxMessage.SubjectMaxLength ? content.Subject[..OutboxMessage.SubjectMaxLength] : content.Subject,
            Content = Serialize(content),
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
        });
    }

    public async Task QueueAloneAsync(EmailContent content, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(content);
        await scope.ServiceProvider.GetRequiredService<IAppDbContext>().SaveChangesAsync(cancellationToken);
    }

    public static string Serialize(EmailContent content) => JsonSerializer.Serialize(content, Json);

    public static EmailContent Deserialize(string json) =>
        JsonSerializer.Deserialize<EmailContent>(json, Json) ?? throw new JsonException("The outbox message has no content.");
}
