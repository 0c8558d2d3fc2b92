using System.Net;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Core.Profiles;

public interface IReminderService
{
    /// <summary>Sends every reminder due now that was not sent before; returns how many were sent.</summary>
    Task<int> SendDueAsync(CancellationToken cancellationToken = default);
}
