using System.Net;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

/// <summary>
/// A reminder to send now; <see cref="Key"/> is what the log remembers so it goes only once. The e-mail says
/// <see cref="Paragraphs"/>, links to <see cref="ActionPath"/> and explains <see cref="Reason"/>.
/// </summary>
public sealed record DueReminder(
    string UserId, string Email, string Key, string Subject, IReadOnlyList<string> Paragraphs, string ActionText, string ActionPath, string Reason);
