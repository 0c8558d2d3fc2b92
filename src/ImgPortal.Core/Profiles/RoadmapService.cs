using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public sealed class RoadmapService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRoadmapService
{
    public Task<Roadmap> GetOwnAsync(CancellationToken cancellationToken = default) =>
        GetForAsync(RequireUserId(), cancellationToken);

    public async Task<Roadmap> GetForAsync(string userId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await db.KeepConnectionOpenAsync(cancellationToken);    // seven queries: one pooled connection, not seven
        var entity = await db.ImgProfiles.AsNoTracking().Include(p => p.Tags)
            .SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var profile = entity is null ? null : ProfileMapping.ToData(entity);
        var steps = await RoadmapQueries.StepsAsync(db, cancellationToken);
        var manual = await RoadmapQueries.ManualStatesAsync(db, userId, cancellationToken);
        var cycleDates = await Planning.SeasonDatesService.LoadAsync(db, cancellationToken);
        var newYorkToday = Planning.NewYorkTime.Today(clock);
        var plan = Planning.MatchCycleRule.Compute(profile, cycleDates, newYorkToday);
        var cycle = plan?.Cycle ?? Planning.MatchCycleRule.FirstOpenCycle(cycleDates, newYorkToday);

        // "Dates that matter": the aimed-for cycle's dates still ahead (New York's day), not every cycle's; without a
        // profile there is no aim yet, so every cycle's dates still ahead.
        var dates = cycleDates
            .Where(d => (plan is null || d.Cycle == cycle) && d.Date is { } day && day >= newYorkToday)
            .Select(d => new SeasonDateItem(d.Id, d.Title, d.Date!.Value, d.Kind, d.Cycle, d.Notes))
            .ToList();

        var states = RoadmapRules.States(steps, profile, manual);
        var followUp = profile is { FcvsStarted: true, FcvsCompleted: false, FcvsStartedOn: { } started }
            ? started.AddDays(RoadmapRules.FcvsFollowUpDays + 1)
            : (DateOnly?)null;
        var request = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.MemberUserId == userId && r.Status != Mentoring.Requests.RequestStatus.Closed)
            .Select(r => (Mentoring.Requests.RequestStatus?)r.Status)
            .FirstOrDefaultAsync(cancellationToken);
        var mentoring = request switch
        {
            Mentoring.Requests.RequestStatus.Matched => MentorRequestProgress.Matched,
            null => MentorRequestProgress.None,
            _ => MentorRequestProgress.Waiting,
        };
        var waiverPlan = await db.WaiverTimelinePlans.AsNoTracking()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.StartedOn, p.StateRecommendedOn })
            .SingleOrDefaultAsync(cancellationToken);
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
            Plan = plan,
            Cycle = plan?.Cycle,
            OwnDeadlines = plan is null ? [] : plan.Steps.Where(st => st.IsOwnDeadline(newYorkToday)).OrderBy(st => st.DueBy).ToList(),
            WaiverSteps = waiverPlan is null ? [] : Waivers.WaiverTimeline.Build(waiverPlan.StartedOn, waiverPlan.StateRecommendedOn),
        };
    }

    public async Task<Outcome> SetOwnStepStatesAsync(IReadOnlyDictionary<string, StepState> states, CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var current = (await GetForAsync(userId, cancellationToken)).Steps.ToDictionary(s => s.Step.Key);
        var changes = states
            .Where(c => current.TryGetValue(c.Key, out var status) && !status.FromProfile && status.State != c.Value)
            .ToList();
        var changed = await db.InTransactionAsync(
            async ct =>
            {
                var count = 0;
                foreach (var (key, state) in changes)
                {
                    if ((await SetStateOnceAsync(userId, key, state, ct)).Succeeded)
                    {
                        count++;
                    }
                }

                return count;
            },
            cancellationToken);
        return Outcome.Done(changed switch
        {
            0 => "Nothing changed on your roadmap.",
            1 => "1 step is updated.",
            _ => $"{changed} steps are updated.",
        });
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
        Add("oet", profile.OetPassed ? "You passed OET Medicine" : "Your OET Medicine (planned)", profile.OetDate);
        Add("pathway", profile.PathwayCompleted ? "You completed your ECFMG Pathway" : "Your ECFMG Pathway (planned)", profile.PathwayDate);
        Add("ecfmg", "Your ECFMG certification", profile.EcfmgCertifiedOn);
        Add("fcvs", "You started your FCVS profile", profile.FcvsStartedOn);
        return dates.OrderBy(d => d.Date).ToList();
    }

    public Task<Outcome> SetOwnStepStateAsync(string stepKey, StepState state, CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        return db.InTransactionAsync(ct => SetStateOnceAsync(userId, stepKey, state, ct), cancellationToken);
    }

    private async Task<Outcome> SetStateOnceAsync(string userId, string stepKey, StepState state, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var step = await db.RoadmapSteps.AsNoTracking().SingleOrDefaultAsync(s => s.Key == stepKey, cancellationToken);
        if (step is null || !Enum.IsDefined(state))
        {
            return Outcome.NotFound();
        }

        var profileEntity = await db.ImgProfiles.Include(p => p.Tags).SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var profile = profileEntity is null ? null : ProfileMapping.ToData(profileEntity);
        if (RoadmapRules.Derive(step.Key, profile) is not null)
        {
            return Outcome.NotFound();
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

        return Outcome.Done("Your roadmap is updated.");
    }

    public async Task<IReadOnlyList<SeasonDateItem>> SeasonDatesAsync(CancellationToken cancellationToken = default) =>
        await db.SeasonDates.AsNoTracking()
            .OrderBy(d => d.Date)
            .Where(d => d.Date != null)
            .Select(d => new SeasonDateItem(d.Id, d.Title, d.Date!.Value, d.Kind, d.Cycle, d.Notes))
            .ToListAsync(cancellationToken);

    private string RequireUserId() =>
        currentUser.UserId ?? throw new InvalidOperationException("A roadmap needs a signed-in member.");
}
