using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Web.Background;

/// <summary>
/// Does the work the forgot-password and resend-confirmation pages leave out (ADR 0071): looks the address up
/// and, only for an account that can use it and within the per-address limit, generates the token and queues
/// the e-mail. One item at a time, each in its own scope; a failure is logged and the next item goes on.
/// </summary>
public sealed class AccountEmailRequestService(
    AccountEmailRequests requests,
    AccountEmailAddressLimit limit,
    IServiceScopeFactory scopes,
    ILogger<AccountEmailRequestService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var request in requests.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await HandleAsync(request, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The visitor already has their page; they can ask again.
                logger.LogError(ex, "An account e-mail ({Kind}) could not be prepared", request.Kind);
            }
        }
    }

    private async Task HandleAsync(AccountEmailRequest request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(request.Email);
        if (user is null)
        {
            return;
        }

        var confirmed = await users.IsEmailConfirmedAsync(user);
        var wanted = request.Kind == AccountEmailKind.PasswordReset ? confirmed : !confirmed;
        if (!wanted)
        {
            return;
        }

        if (!await limit.TryTakeAsync(user.NormalizedEmail ?? users.NormalizeEmail(request.Email)))
        {
            logger.LogWarning("Account e-mail ({Kind}) to user {UserId} not sent: the per-address limit is reached", request.Kind, user.Id);
            return;
        }

        var emails = scope.ServiceProvider.GetRequiredService<AccountEmails>();
        if (request.Kind == AccountEmailKind.PasswordReset)
        {
            await emails.SendPasswordResetAsync(user, cancellationToken);
        }
        else
        {
            await emails.SendConfirmationAsync(user, cancellationToken: cancellationToken);
        }
    }
}
