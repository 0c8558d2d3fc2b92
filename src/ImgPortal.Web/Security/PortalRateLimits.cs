using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Security;

/// <summary>
/// The portal's rate limits (ADR 0016), in one place: the policy names the pages and controllers name, how
/// requests are partitioned (client address, member id, account), and what a refused request gets (429,
/// Retry-After, the friendly status page, one log event). Only POSTs count (reading a form is never limited), except on a coordinator's confirmation link, where reading counts too.
/// Limits are decided in middleware, before any page handler hashes a password or sends an e-mail.
/// </summary>
public static class PortalRateLimits
{
    public const string LogIn = "log-in";
    public const string Register = "register";
    public const string ForgotPassword = "forgot-password";
    public const string ResendConfirmation = "resend-confirmation";
    public const string TwoFactor = "two-factor";
    public const string MentorSignUp = "mentor-sign-up";
    public const string MentorRequest = "mentor-request";
    public const string ProgramConfirmation = "program-confirmation";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<AccountLogInLimiter>();
        if (Caching.RedisSettings.Configuration(configuration) is not null)
        {
            services.AddSingleton<RedisRateLimitStore>();
        }

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
                }

                var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalRateLimits))
                    .LogWarning("Rate limit {Policy} refused a request from {UserId}", policy, UserIdOrAnonymous(http));
                return ValueTask.CompletedTask;
            };

            AddPolicy(limiter, LogIn, o => o.LogInPerClient, ByClient);
            AddPolicy(limiter, Register, o => o.Register, ByClient);
            AddPolicy(limiter, ForgotPassword, o => o.ForgotPassword, ByClient);
            AddPolicy(limiter, ResendConfirmation, o => o.ResendConfirmation, ByClient);
            AddPolicy(limiter, TwoFactor, o => o.TwoFactor, ByClient);
            AddPolicy(limiter, MentorSignUp, o => o.MentorSignUp, ByMemberOrClient);
            AddPolicy(limiter, MentorRequest, o => o.MentorRequest, ByMemberOrClient);

            // A coordinator's link (ADR 0083) is limited when read too: the token in the address is the permission.
            AddPolicy(limiter, ProgramConfirmation, o => o.ProgramConfirmation, ByClient, readsToo: true);
        });
        return services;
    }

    /// <summary>The partition for one account's log-ins: a hash of the normalized address (never the address itself).</summary>
    public static string AccountKey(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));

    /// <summary>The value of a Retry-After header, in whole seconds.</summary>
    public static string RetryAfterSeconds(TimeSpan retryAfter) =>
        ((int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds))).ToString(CultureInfo.InvariantCulture);

    /// <summary>The client's address (after forwarded headers from trusted proxies are applied).</summary>
    private static string ByClient(HttpContext http) => "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static string ByMemberOrClient(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id ? "user:" + id : ByClient(http);

    private static string UserIdOrAnonymous(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    private static void AddPolicy(
        RateLimiterOptions limiter, string name, Func<RateLimitOptions, RateLimitRule> rule, Func<HttpContext, string> partition, bool readsToo = false) =>
        limiter.AddPolicy(name, http =>
        {
            if (!readsToo && HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var limit = rule(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            return Partition(name + "|" + partition(http), limit, http.RequestServices.GetService<RedisRateLimitStore>());
        });

    /// <summary>
    /// One partition's fixed window: counted in Redis when it is configured (shared by every instance, ADR 0057),
    /// otherwise in this instance's memory.
    /// </summary>
    internal static RateLimitPartition<string> Partition(string key, RateLimitRule rule, RedisRateLimitStore? store) =>
        store is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => Window(rule))
            : RateLimitPartition.Get(key, k => new RedisFixedWindowRateLimiter(k, rule, store));

    internal static FixedWindowRateLimiterOptions Window(RateLimitRule rule) => new()
    {
        PermitLimit = rule.PermitLimit,
        Window = rule.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
