using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Waivers;

public sealed class WaiverTimelineService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IWaiverTimelineService
{
    /// <summary>How far ahead a start date may be: plans are made a year or two ahead, not more.</summary>
    public const int MaxYearsAhead = 3;

    /// <summary>The earliest start year: older than any processing times the sources give.</summary>
    public const int EarliestStartYear = 2000;

    public async Task<WaiverTimelineView> GetOwnAsync(CancellationToken cancellationToken = default)
    {
        var plan = await PlanOfAsync(RequireUserId(), cancellationToken);
        return plan is null
            ? new WaiverTimelineView(null, null, [])
            : new WaiverTimelineView(plan.StartedOn, plan.StateRecommendedOn, WaiverTimeline.Build(plan.StartedOn, plan.StateRecommendedOn));
    }

    public async Task<Outcome> SaveOwnAsync(DateOnly? startedOn, DateOnly? stateRecommendedOn, CancellationToken cancellationToken = default)
    {
        var userId = RequireUserId();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var errors = Check(startedOn, stateRecommendedOn, today);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var plan = await db.WaiverTimelinePlans.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (plan is null)
        {
            plan = new WaiverTimelinePlan { UserId = userId };
            db.WaiverTimelinePlans.Add(plan);
        }

        plan.StartedOn = startedOn!.Value;
        plan.StateRecommendedOn = stateRecommendedOn;
        plan.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Your waiver timeline is saved. Its dates are in your roadmap calendar.");
    }

    /// <summary>A start date is required and at most <see cref="MaxYearsAhead"/> years ahead; the state's date cannot come before it or after today.</summary>
    public static IReadOnlyList<FieldError> Check(DateOnly? startedOn, DateOnly? stateRecommendedOn, DateOnly today)
    {
        var errors = new List<FieldError>();
        if (startedOn is not { } start)
        {
            errors.Add(new FieldError("StartedOn", "Give the date you complete the DS-3035 and get your case number."));
        }
        else if (start > today.AddYears(MaxYearsAhead))
        {
            errors.Add(new FieldError(
                "StartedOn",
                $"{Profiles.RoadmapRules.Format(start)} is more than {MaxYearsAhead} years from today, which looks like a typing slip: give a start date in the next {MaxYearsAhead} years."));
        }
        else if (start.Year < EarliestStartYear)
        {
            errors.Add(new FieldError(
                "StartedOn",
                $"{Profiles.RoadmapRules.Format(start)} is before {EarliestStartYear}, older than any processing times our sources give: give a start date from {EarliestStartYear} on."));
        }

        if (stateRecommendedOn is { } recommended)
        {
            if (recommended > today)
            {
                errors.Add(new FieldError(
                    "StateRecommendedOn",
                    $"{Profiles.RoadmapRules.Format(recommended)} is still ahead, and the timeline only uses the day the state actually sent its recommendation: leave it empty until it is sent."));
            }
            else if (startedOn is { } s && recommended < s)
            {
                errors.Add(new FieldError(
                    "StateRecommendedOn",
                    $"The state's recommendation comes after your case number, so it cannot be earlier: {Profiles.RoadmapRules.Format(recommended)} is before your start date, {Profiles.RoadmapRules.Format(s)}."));
            }
        }

        return errors;
    }

    private Task<WaiverTimelinePlan?> PlanOfAsync(string userId, CancellationToken cancellationToken) =>
        db.WaiverTimelinePlans.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);

    private string RequireUserId() =>
        currentUser.UserId ?? throw new InvalidOperationException("A waiver timeline needs a signed-in member.");
}
