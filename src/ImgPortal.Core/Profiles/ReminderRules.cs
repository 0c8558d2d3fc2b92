using System.Net;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

/// <summary>Which reminders are due, pure: no database, no clock.</summary>
public static class ReminderRules
{
    /// <summary>A season date is announced this many days ahead (and until the day before, if a run was missed).</summary>
    public const int DaysAhead = 7;

    public static string FcvsKey(DateOnly startedOn) => $"fcvs-follow-up:{startedOn:yyyy-MM-dd}";

    public static string SeasonKey(SeasonDateItem date) => $"season:{date.Id}:{date.Date:yyyy-MM-dd}";

    /// <summary>One key per deadline and date: a deadline that moves (a new date is announced) is reminded again, once.</summary>
    public static string DeadlineKey(OwnDeadline deadline) => $"deadline:{deadline.Cycle}:{deadline.StepKey}:{deadline.DueBy:yyyy-MM-dd}";

    public static IReadOnlyList<DueReminder> Select(
        IEnumerable<ReminderCandidate> members,
        IReadOnlyList<SeasonDateItem> dates,
        IReadOnlySet<(string UserId, string Key)> alreadySent,
        DateOnly today)
    {
        var due = new List<DueReminder>();
        var soon = dates.Where(d => today >= d.Date.AddDays(-DaysAhead) && today < d.Date).ToList();
        foreach (var member in members.Where(m => !m.RemindersOff && m.Email.Length > 0))
        {
            var facts = new ProfileData
            {
                FcvsStarted = member.FcvsStarted,
                FcvsStartedOn = member.FcvsStartedOn,
                FcvsCompleted = member.FcvsCompleted,
            };
            if (RoadmapRules.FcvsFollowUpDue(facts, today) is { } started)
            {
                due.Add(new DueReminder(
                    member.UserId,
                    member.Email,
                    FcvsKey(started),
                    "Time to follow up with FCVS",
                    [
                        $"You started your FCVS profile on {RoadmapRules.Format(started)}, over {RoadmapRules.FcvsFollowUpDays} days ago, "
                        + "and it is not marked complete on your ImgPortal profile.",
                        "Check its status with FCVS, and tick \"FCVS profile complete\" on your profile once it is done.",
                    ],
                    "Update your profile",
                    "/profile",
                    Reason));
            }

            foreach (var deadline in member.Deadlines.Where(d => today >= d.DueBy.AddDays(-DaysAhead) && today < d.DueBy))
            {
                due.Add(new DueReminder(
                    member.UserId,
                    member.Email,
                    DeadlineKey(deadline),
                    $"Your deadline for the {deadline.Cycle} Match: {deadline.Title}, {RoadmapRules.DaysAway(deadline.DueBy, today)}",
                    [
                        $"To enter the {deadline.Cycle} Match, {deadline.Title} has to be done by {RoadmapRules.Format(deadline.DueBy)}, {RoadmapRules.DaysAway(deadline.DueBy, today)}.",
                        deadline.Why,
                    ],
                    "See your roadmap",
                    "/roadmap",
                    Reason));
            }

            foreach (var date in soon)
            {
                due.Add(new DueReminder(
                    member.UserId,
                    member.Email,
                    SeasonKey(date),
                    $"{date.Title}: {RoadmapRules.DaysAway(date.Date, today)}",
                    [
                        $"{date.Title} is on {RoadmapRules.Format(date.Date)}, {RoadmapRules.DaysAway(date.Date, today)}.",
                        .. string.IsNullOrWhiteSpace(date.Notes) ? Array.Empty<string>() : [date.Notes],
                    ],
                    "See your roadmap",
                    "/roadmap",
                    Reason));
            }
        }

        return due.Where(d => !alreadySent.Contains((d.UserId, d.Key))).ToList();
    }

    /// <summary>Why a member gets reminders, at the foot of each one.</summary>
    public const string Reason =
        "reminders are on in your ImgPortal profile. You can see all your dates on your roadmap, and turn these "
        + "e-mails off on your profile (\"Do not send me reminder e-mails\").";
}
