using System.Net;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

/// <summary>What reminder selection needs to know of one member.</summary>
public sealed record ReminderCandidate(
    string UserId, string Email, bool RemindersOff, bool FcvsStarted, DateOnly? FcvsStartedOn, bool FcvsCompleted)
{
    /// <summary>The member's own deadlines for the Match they are aiming for (<see cref="Planning.MatchCycleRule"/>), still open.</summary>
    public IReadOnlyList<OwnDeadline> Deadlines { get; init; } = [];
}

/// <summary>One of a member's own deadlines: a step to finish by a date to enter <see cref="Cycle"/>'s Match.</summary>
public sealed record OwnDeadline(int Cycle, string StepKey, string Title, DateOnly DueBy, string Why);
