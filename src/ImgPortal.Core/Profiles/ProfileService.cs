using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>The outcome of saving a profile: saved, or the problems that stopped it (nothing saved).</summary>
public sealed record ProfileSaveResult(IReadOnlyList<ProfileError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Reads and saves IMG profiles. A member only ever reaches their own (the user id comes from
/// <see cref="ICurrentUser"/>, never from the request); staff may read anyone's.
/// </summary>
public interface IProfileService
{
    Task<ProfileData?> GetOwnAsync(CancellationToken cancellationToken = default);

    Task<ProfileSaveResult> SaveOwnAsync(ProfileData data, CancellationToken cancellationToken = default);

    /// <summary>The rules' problems with <paramref name="data"/>, judged today, without saving anything.</summary>
    IReadOnlyList<ProfileError> Validate(ProfileData data);

    /// <summary>Anyone's profile for staff; the member's own for themselves; null for anyone else or no profile.</summary>
    Task<ProfileData?> GetByUserIdAsync(string userId, CancellationToken cancellationToken = default);
}

public sealed class ProfileService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IProfileService
{
    public Task<ProfileData?> GetOwnAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(RequireUserId(), cancellationToken);

    public async Task<ProfileSaveResult> SaveOwnAsync(ProfileData data, CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var now = clock.GetUtcNow();
        var errors = Validate(data);
        if (errors.Count > 0)
        {
            return new ProfileSaveResult(errors);
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
        await db.SaveChangesAsync(cancellationToken);
        return new ProfileSaveResult([]);
    }

    public IReadOnlyList<ProfileError> Validate(ProfileData data) =>
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

/// <summary>Copies between the entity and <see cref="ProfileData"/>.</summary>
public static class ProfileMapping
{
    public static ProfileData ToData(ImgProfile p) => new()
    {
        MedicalSchoolCountry = p.MedicalSchoolCountry,
        MedicalSchoolName = p.MedicalSchoolName,
        GraduationYear = p.GraduationYear,
        EcfmgStatus = p.EcfmgStatus,
        EcfmgCertifiedOn = p.EcfmgCertifiedOn,
        Step1Result = p.Step1Result,
        Step1Date = p.Step1Date,
        Step2CkScore = p.Step2CkScore,
        Step2CkDate = p.Step2CkDate,
        Step3Score = p.Step3Score,
        Step3Date = p.Step3Date,
        EnglishProficiencyMet = p.EnglishProficiencyMet,
        CurrentVisa = p.CurrentVisa,
        VisaNeed = p.VisaNeed,
        Specialties = Values(p, TagKind.Specialty),
        States = Values(p, TagKind.State),
        Languages = Values(p, TagKind.Language),
        ClinicalExperienceMonths = p.ClinicalExperienceMonths,
        FcvsStarted = p.FcvsStarted,
        FcvsStartedOn = p.FcvsStartedOn,
        FcvsCompleted = p.FcvsCompleted,
        WantsMentor = p.WantsMentor,
        RemindersOff = p.RemindersOff,
    };

    public static void Apply(ProfileData d, ImgProfile p)
    {
        p.MedicalSchoolCountry = d.MedicalSchoolCountry.Trim();
        p.MedicalSchoolName = d.MedicalSchoolName.Trim();
        p.GraduationYear = d.GraduationYear;
        p.EcfmgStatus = d.EcfmgStatus;
        p.EcfmgCertifiedOn = d.EcfmgCertifiedOn;
        p.Step1Result = d.Step1Result;
        p.Step1Date = d.Step1Date;
        p.Step2CkScore = d.Step2CkScore;
        p.Step2CkDate = d.Step2CkDate;
        p.Step3Score = d.Step3Score;
        p.Step3Date = d.Step3Date;
        p.EnglishProficiencyMet = d.EnglishProficiencyMet;
        p.CurrentVisa = d.CurrentVisa;
        p.VisaNeed = d.VisaNeed;
        p.ClinicalExperienceMonths = d.ClinicalExperienceMonths;
        p.FcvsStarted = d.FcvsStarted;
        p.FcvsStartedOn = d.FcvsStartedOn;
        p.FcvsCompleted = d.FcvsCompleted;
        p.WantsMentor = d.WantsMentor;
        p.RemindersOff = d.RemindersOff;

        var wanted = d.Specialties.Select(v => (Kind: TagKind.Specialty, Value: v))
            .Concat(d.States.Select(v => (Kind: TagKind.State, Value: v)))
            .Concat(d.Languages.Select(v => (Kind: TagKind.Language, Value: PortalLists.FindLanguage(v) ?? v)))
            .Distinct()
            .ToList();
        p.Tags.RemoveAll(t => !wanted.Contains((t.Kind, t.Value)));
        foreach (var (kind, value) in wanted.Where(w => !p.Tags.Any(t => t.Kind == w.Kind && t.Value == w.Value)))
        {
            p.Tags.Add(new ProfileTag { UserId = p.UserId, Kind = kind, Value = value });
        }
    }

    private static List<string> Values(ImgProfile p, TagKind kind) =>
        p.Tags.Where(t => t.Kind == kind).OrderBy(t => t.Value, StringComparer.Ordinal).Select(t => t.Value).ToList();
}

/// <summary>Queries the roadmap services share.</summary>
internal static class RoadmapQueries
{
    public static async Task<List<StepDefinition>> StepsAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        await db.RoadmapSteps.AsNoTracking()
            .OrderBy(s => s.SortOrder)
            .Select(s => new StepDefinition(s.Key, s.Title, s.Description, s.SortOrder, s.Stage, s.GuidanceSlug))
            .ToListAsync(cancellationToken);

    public static async Task<Dictionary<string, StepState>> ManualStatesAsync(
        IAppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.MemberStepStates.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.RoadmapSteps, m => m.RoadmapStepId, s => s.Id, (m, s) => new { s.Key, m.State })
            .ToDictionaryAsync(x => x.Key, x => x.State, cancellationToken);

    /// <summary>
    /// Recomputes every member's stored stage from the current steps, their profile and their own step states
    /// (after staff change the steps). Saves only the profiles whose stage moved; returns how many did.
    /// </summary>
    public static async Task<int> RecomputeAllStagesAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(db, cancellationToken);
        var manual = (await db.MemberStepStates.AsNoTracking()
                .Join(db.RoadmapSteps, m => m.RoadmapStepId, s => s.Id, (m, s) => new { m.UserId, s.Key, m.State })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, StepState>)g.ToDictionary(m => m.Key, m => m.State));
        var none = new Dictionary<string, StepState>();
        var profiles = await db.ImgProfiles.Include(p => p.Tags).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var profile in profiles)
        {
            var stage = RoadmapRules.StageOf(RoadmapRules.States(
                steps, ProfileMapping.ToData(profile), manual.GetValueOrDefault(profile.UserId) ?? none));
            if (profile.Stage != stage)
            {
                profile.Stage = stage;
                moved++;
            }
        }

        if (moved > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return moved;
    }

    public static async Task<RoadmapStage> StageForAsync(
        IAppDbContext db, string userId, ProfileData data, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(db, cancellationToken);
        var manual = await ManualStatesAsync(db, userId, cancellationToken);
        return RoadmapRules.StageOf(RoadmapRules.States(steps, data, manual));
    }
}
