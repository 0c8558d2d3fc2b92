using System.Net;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

/// <summary>What reminder selection needs to know of one member.</summary>
public sealed record ReminderCandidate(
    string UserId, string Email, bool RemindersOff, bool FcvsStarted, DateOnly? FcvsStartedOn, bool FcvsCompleted);
