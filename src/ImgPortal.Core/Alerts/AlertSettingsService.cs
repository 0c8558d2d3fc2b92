using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Alerts;

/// <inheritdoc cref="IAlertSettingsService"/>
public sealed class AlertSettingsService(IAppDbContext db, ICurrentUser user, IUnsubscribeTokens tokens, TimeProvider clock) : IAlertSettingsService
{
    public const string NothingChosenMessage = "Choose at least one thing to follow, or choose \"No alerts\".";
    public const string UnknownTopicMessage = "Choose topics from the list.";
    public const string UnknownStateMessage = "Choose states from the list.";
    public const string SavedMessage = "Saved. You will hear of the changes you follow as you chose.";
    public const string UnsubscribedMessage = "Done: you will get no more change alerts. You can turn them on again on the alerts page.";
    public const string BadLinkMessage = "This unsubscribe link is not valid or has expired.";

    public async Task<AlertSettings> GetOwnAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var saved = await db.AlertSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (saved is not null)
        {
            return new AlertSettings(saved.Delivery, saved.TopicKeys, saved.StateCodes);
        }

        // First visit: pre-filled from the profile (saved only when the member saves the form).
        var profile = await db.ImgProfiles.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.VisaNeed, States = p.Tags.Where(t => t.Kind == TagKind.State).Select(t => t.Value).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        var topics = new List<string> { ChangeTopics.MatchDates.Key };
        if (profile is { VisaNeed: not VisaNeed.None })
        {
            topics.Insert(0, ChangeTopics.Visas.Key);
        }

        if (profile is { VisaNeed: VisaNeed.J1 })
        {
            topics.Add(ChangeTopics.State30.Key);
        }

        var states = profile?.States.Where(UsStates.IsCode).Distinct().ToList() ?? [];
        var fromProfile = profile is { VisaNeed: not VisaNeed.None } || states.Count > 0;
        return new AlertSettings(AlertDelivery.EachChange, topics, states, IsNew: true, FromProfile: fromProfile);
    }

    public async Task<SavedAlertSettings?> GetSavedOwnAsync(CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var saved = await db.AlertSubscriptions.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        return saved is null
            ? null
            : new SavedAlertSettings(saved.Delivery, saved.TopicKeys, saved.StateCodes, saved.FollowingSinceUtc, saved.LastDigestAtUtc, saved.UpdatedAtUtc);
    }

    public IReadOnlyList<FieldError> Validate(AlertSettings settings)
    {
        var errors = new List<FieldError>();
        if (settings.Topics.Any(t => ChangeTopics.Tickable.All(k => k.Key != t)))
        {
            errors.Add(new FieldError("Topics", UnknownTopicMessage));
        }

        if (settings.States.Any(s => !UsStates.IsCode(s)))
        {
            errors.Add(new FieldError("States", UnknownStateMessage));
        }

        if (errors.Count == 0 && settings.Delivery != AlertDelivery.Off && settings.Topics.Count == 0 && settings.States.Count == 0)
        {
            errors.Add(new FieldError("Topics", NothingChosenMessage));
        }

        return errors;
    }

    public async Task<Outcome> SaveOwnAsync(AlertSettings settings, CancellationToken cancellationToken = default)
    {
        var errors = Validate(settings);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var userId = UserId;
        var now = clock.GetUtcNow().UtcDateTime;
        var saved = await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (saved is null)
        {
            saved = new AlertSubscription { UserId = userId, Delivery = AlertDelivery.Off, FollowingSinceUtc = now };
            db.AlertSubscriptions.Add(saved);
        }

        // Turning alerts on starts from now: what was published while they were off is not sent afterwards.
        if (saved.Delivery == AlertDelivery.Off && settings.Delivery != AlertDelivery.Off)
        {
            saved.FollowingSinceUtc = now;
        }

        if (settings.Delivery == AlertDelivery.WeeklyDigest && saved.Delivery != AlertDelivery.WeeklyDigest)
        {
            saved.LastDigestAtUtc = now;
        }

        saved.Delivery = settings.Delivery;
        saved.Topics = string.Join(',', ChangeTopics.Tickable.Select(t => t.Key).Where(settings.Topics.Contains));
        saved.States = string.Join(',', UsStates.All.Select(s => s.Code).Where(settings.States.Contains));
        saved.UpdatedAtUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(SavedMessage);
    }

    public UnsubscribeTokenStatus Check(string? token) => tokens.Read(token).Status;

    public async Task<Outcome> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        var read = tokens.Read(token);
        if (read is not { Status: UnsubscribeTokenStatus.Valid, UserId: { } userId })
        {
            return Outcome.Invalid(BadLinkMessage);
        }

        var saved = await db.AlertSubscriptions.SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        if (saved is { Delivery: not AlertDelivery.Off })
        {
            saved.Delivery = AlertDelivery.Off;
            saved.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return Outcome.Done(UnsubscribedMessage);
    }

    private string UserId => user.UserId ?? throw new InvalidOperationException("Alert settings need a signed-in member.");
}
