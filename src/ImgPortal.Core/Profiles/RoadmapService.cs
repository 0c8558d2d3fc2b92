using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>A member's roadmap: their steps with states, where they stand, next actions and the season's dates.</summary>
public sealed record Roadmap(
    bool HasProfile,
    IReadOnlyList<StepStatus> Steps,
    RoadmapStage Stage,
    IReadOnlyList<NextAction> NextActions,
    IReadOnlyList<SeasonDateItem> Dates,
    DateOnly Today,
    DateOnly? FcvsFollowUpOn)
{
    /// <summary>The member's own dates from their profile (exams taken or booked, certification, FCVS).</summary>
    public IReadOnlyList<OwnDate> OwnDates { get; init; } = [];

    public RoadmapProgress Progress => RoadmapRules.ProgressOf(Steps);
}

/// <summary>A date the member entered on their profile, as the roadmap and calendar show it.</summary>
public sealed record OwnDate(string Key, string Title, DateOnly Date);

public interface IRoadmapService
{
    /// <summary>The signed-in member's roadmap.</summary>
    Task<Roadmap> GetOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>A member's roadmap by id: for the calendar feed, whose secret address stands in for the login.</summary>
    Task<Roadmap> GetForAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Sets a step's state by hand. False when the step is unknown or the profile decides it.</summary>
    Task<bool> SetOwnStepStateAsync(string stepKey, StepState state, CancellationToken cancellationToken = default);

    /// <summary>Sets the states of several steps from the roadmap's one form; steps the profile decides are skipped. Returns how many changed.</summary>
    Task<int> SetOwnStepStatesAsync(IReadOnlyDictionary<string, StepState> states, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SeasonDateItem>> SeasonDatesAsync(CancellationToken cancellationToken = default);
}

public sealed class RoadmapService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRoadmapService
{
    public Task<Roadmap> GetOwnAsync(CancellationToken cancellationToken = default) =>
        GetForAsync(RequireUserId(), cancellationToken);

    public async Task<Roadmap> GetForAsync(string userId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var entity = await db.ImgProfiles.AsNoTracking().Include(p => p.Tags)
            .SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var profile = entity is null ? null : ProfileMapping.ToData(entity);
        var steps = await RoadmapQueries.StepsAsync(db, cancellationToken);
        var manual = await RoadmapQueries.ManualStatesAsync(db, userId, cancellationToken);
        var dates = await SeasonDatesAsync(cancellationToken);

        var states = RoadmapRules.States(steps, profile, manual);
        var followUp = profile is { FcvsStarted: true, FcvsCompleted: false, FcvsStartedOn: { } started }
            ? started.AddDays(RoadmapRules.FcvsFollowUpDays + 1)
            : (DateOnly?)null;
        var request = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MemberUserId == userId && r.Status != Mentoring.RequestStatus.Closed)
            .Select(r => (Mentoring.RequestStatus?)r.Status)
            .FirstOrDefaultAsync(cancellationToken);
        var mentoring = request switch
        {
            Mentoring.RequestStatus.Matched => MentorRequestProgress.Matched,
            null => MentorRequestProgress.None,
            _ => MentorRequestProgress.Waiting,
        };
        return new Roadmap(
            profile is not null,
            states,
            RoadmapRules.StageOf(states),
            RoadmapRules.NextActions(profile, states, dates, today, mentoring),
            dates,
            today,
            followUp)
        {
            OwnDates = OwnDatesOf(profile),
        };
    }

    public async Task<int> SetOwnStepStatesAsync(IReadOnlyDictionary<string, StepState> states, CancellationToken cancellationToken = default)
    {
        var changed = 0;
        var current = (await GetOwnAsync(cancellationToken)).Steps.ToDictionary(s => s.Step.Key);
        foreach (var (key, state) in states)
        {
            if (current.TryGetValue(key, out var status) && !status.FromProfile && status.State != state
                && await SetOwnStepStateAsync(key, state, cancellationToken))
            {
                changed++;
            }
        }

        return changed;
    }

    private static List<OwnDate> OwnDatesOf(ProfileData? profile)
    {
        if (profile is null)
        {
            return [];
        }

        var dates = new List<OwnDate>();
        void Add(string key, string title, DateOnly? date)
        {
            if (date is { } d)
            {
                dates.Add(new OwnDate(key, title, d));
            }
        }

        Add("step1", "Your USMLE Step 1", profile.Step1Date);
        Add("step2ck", "Your USMLE Step 2 CK", profile.Step2CkDate);
        Add("step3", "Your USMLE Step 3", profile.Step3Date);
        Add("ecfmg", "Your ECFMG certification", profile.EcfmgCertifiedOn);
        Add("fcvs", "You started your FCVS profile", profile.FcvsStartedOn);
        return dates.OrderBy(d => d.Date).ToList();
    }

    public async Task<bool> SetOwnStepStateAsync(string stepKey, StepState state, CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var step = await db.RoadmapSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Key == stepKey, cancellationToken);
        if (step is null || !Enum.IsDefined(state))
        {
            return false;
        }

        var profileEntity = await db.ImgProfiles.Include(p => p.Tags).SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var profile = profileEntity is null ? null : ProfileMapping.ToData(profileEntity);
        if (RoadmapRules.Derive(step.Key, profile) is not null)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.MemberStepStates.SingleOrDefaultAsync(m => m.UserId == userId && m.RoadmapStepId == step.Id, cancellationToken);
        if (row is null)
        {
            db.MemberStepStates.Add(new MemberStepState { UserId = userId, RoadmapStepId = step.Id, State = state, UpdatedAtUtc = now });
        }
        else
        {
            row.State = state;
            row.UpdatedAtUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (profileEntity is not null && profile is not null)
        {
            profileEntity.Stage = await RoadmapQueries.StageForAsync(db, userId, profile, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    public async Task<IReadOnlyList<SeasonDateItem>> SeasonDatesAsync(CancellationToken cancellationToken = default) =>
        await db.SeasonDates.AsNoTracking()
            .OrderBy(d => d.Date)
            .Select(d => new SeasonDateItem(d.Id, d.Title, d.Date, d.Kind, d.Cycle, d.Notes))
            .ToListAsync(cancellationToken);

    private string RequireUserId() =>
        currentUser.UserId ?? throw new InvalidOperationException("A roadmap needs a signed-in member.");
}
