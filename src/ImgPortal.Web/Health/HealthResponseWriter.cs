using System.Text.Json;
using ImgPortal.Core.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Health;

/// <summary>
/// Writes a health report as JSON: the overall status for anyone, then each check's status, description and data
/// for staff and for requests from <c>Health:DetailsNetworks</c> (the details tell a stranger what runs here).
/// </summary>
public static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        object body = ShowsDetails(context)
            ? new
            {
                status = report.Status.ToString(),
                totalDurationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            }
            : new { status = report.Status.ToString() };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    private static bool ShowsDetails(HttpContext context)
    {
        if (context.User.IsInRole(Roles.Staff) || context.User.IsInRole(Roles.Admin))
        {
            return true;
        }

        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var networks = context.RequestServices.GetRequiredService<IOptions<HealthOptions>>().Value.Networks();
        return networks.Any(n => n.Contains(address));
    }
}
