using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public sealed class ProfileService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock, IDatabaseErrors errors) : IProfileService
{
    public const string SavedMessage = "Your profile is saved, and your roadmap is up to date.";

    /// <summary>Two first saves of one profile at once (two tabs, a double submit): the second finds the row the first created.</summary>
    public const string SavedMeanwhileMessage =
        "Your profile was saved from another window at the same moment, so this save was not applied. Check what you typed and save again.";

    public Task<ProfileData?> GetOwnAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(RequireUserId(), cancellationToken);

    public async Task<Outcome> SaveOwnAsync(ProfileData data, CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var now = clock.GetUtcNow();
        var invalid = Validate(data);
        if (invalid.Count > 0)
        {
            return Outcome.Invalid(invalid);
        }

        var profile = await db.ImgProfiles.Include(p => p.Tags).SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            profile = new ImgProfile { UserId = userId };
            db.ImgProfiles.Add(profile);
        }

        ProfileMapping.Apply(data, profile);
        profile.UpdatedAtUtc = now.UtcDateTime;
        profile.Stage = await RoadmapQueries.StageForAsync(db, userId, data, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (errors.IsUniqueViolation(ex))
        {
            return Outcome.Conflict(SavedMeanwhileMessage);
        }

        return Outcome.Done(SavedMessage);
    }

    public IReadOnlyList<FieldError> Validate(ProfileData data) =>
        ProfileRules.Validate(data, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public Task<ProfileData?> GetByUserIdAsync(string userId, CancellationToken cancellationToken = default) =>
        currentUser.UserId is { } me && (me == userId || currentUser.IsStaff)
            ? LoadAsync(userId, cancellationToken)
            : Task.FromResult<ProfileData?>(null);

    private async Task<ProfileData?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var profile = await db.ImgProfiles.AsNoTracking().Include(p => p.Tags)
            .SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return profile is null ? null : ProfileMapping.ToData(profile);
    }

    private string RequireUserId() =>
        currentUser.UserId ?? throw new InvalidOperationException("A profile needs a signed-in member.");
}
