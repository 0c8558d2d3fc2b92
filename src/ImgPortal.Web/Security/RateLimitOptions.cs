using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Web.Security;

/// <summary>
/// The <c>RateLimits</c> section: how many attempts each client (or account) may make per window before the
/// portal answers 429 (ADR 0016). The defaults are the production values.
/// </summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string SectionName = "RateLimits";

    /// <summary>Log-in posts per client IP address.</summary>
    public RateLimitRule LogInPerClient { get; set; } = new(20, TimeSpan.FromMinutes(5));

    /// <summary>Log-in posts per account (e-mail address), from anywhere.</summary>
    public RateLimitRule LogInPerAccount { get; set; } = new(10, TimeSpan.FromMinutes(15));

    public RateLimitRule Register { get; set; } = new(5, TimeSpan.FromHours(1));

    public RateLimitRule ForgotPassword { get; set; } = new(5, TimeSpan.FromMinutes(15));

    public RateLimitRule ResendConfirmation { get; set; } = new(5, TimeSpan.FromMinutes(15));

    /// <summary>
    /// Reset and confirmation e-mails to one address, however many clients ask: counted when the background
    /// work sends, not per request; asks beyond it send nothing and answer the same page (ADR 0071).
    /// </summary>
    public RateLimitRule AccountEmailsPerAddress { get; set; } = new(3, TimeSpan.FromHours(1));

    /// <summary>Two-factor and recovery code posts per client.</summary>
    public RateLimitRule TwoFactor { get; set; } = new(10, TimeSpan.FromMinutes(5));

    /// <summary>Mentor sign-ups per member (or client when anonymous).</summary>
    public RateLimitRule MentorSignUp { get; set; } = new(5, TimeSpan.FromHours(1));

    /// <summary>Mentor requests per member (or client when anonymous).</summary>
    public RateLimitRule MentorRequest { get; set; } = new(5, TimeSpan.FromHours(1));

    /// <summary>Requests (reads and answers) to a program coordinator's confirmation link, per client (ADR 0083).</summary>
    public RateLimitRule ProgramConfirmation { get; set; } = new(30, TimeSpan.FromMinutes(15));

    public IReadOnlyDictionary<string, RateLimitRule> Rules => new Dictionary<string, RateLimitRule>
    {
        [nameof(LogInPerClient)] = LogInPerClient,
        [nameof(LogInPerAccount)] = LogInPerAccount,
        [nameof(Register)] = Register,
        [nameof(ForgotPassword)] = ForgotPassword,
        [nameof(ResendConfirmation)] = ResendConfirmation,
        [nameof(AccountEmailsPerAddress)] = AccountEmailsPerAddress,
        [nameof(TwoFactor)] = TwoFactor,
        [nameof(MentorSignUp)] = MentorSignUp,
        [nameof(MentorRequest)] = MentorRequest,
        [nameof(ProgramConfirmation)] = ProgramConfirmation,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, rule) in Rules)
        {
            if (rule.PermitLimit is < 1 or > 100_000)
            {
                yield return new ValidationResult($"RateLimits:{name}:PermitLimit must be between 1 and 100000.", [name]);
            }

            if (rule.Window <= TimeSpan.Zero || rule.Window > TimeSpan.FromDays(1))
            {
                yield return new ValidationResult($"RateLimits:{name}:Window must be a positive time span of at most one day (e.g. 00:15:00).", [name]);
            }
        }
    }
}
