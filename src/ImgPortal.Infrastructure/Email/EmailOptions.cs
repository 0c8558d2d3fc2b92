using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Write each message as an .eml file to <see cref="EmailOptions.PickupDirectory"/> (Development, tests).</summary>
    Pickup,

    /// <summary>Send through the SMTP server in <see cref="EmailOptions.Smtp"/> (Production).</summary>
    Smtp,
}

/// <summary>The <c>Email</c> section of configuration.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@imgportal.local";

    [Required]
    public string FromName { get; set; } = "ImgPortal";

    /// <summary>Relative paths are taken from the app's content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail-pickup";

    public SmtpOptions Smtp { get; set; } = new();

    public OutboxOptions Outbox { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new ValidationResult(
                "Email:Smtp:Host is required when Email:Delivery is Smtp.", [nameof(Smtp)]);
        }

        if (Delivery == EmailDelivery.Pickup && string.IsNullOrWhiteSpace(PickupDirectory))
        {
            yield return new ValidationResult(
                "Email:PickupDirectory is required when Email:Delivery is Pickup.", [nameof(PickupDirectory)]);
        }
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Upgrade the connection with STARTTLS (port 587). Off only for a local relay.</summary>
    public bool UseStartTls { get; set; } = true;
}

/// <summary>The <c>Email:Outbox</c> section: how queued e-mails are delivered and retried.</summary>
public sealed class OutboxOptions
{
    /// <summary>Try each message as soon as it is queued (the background service retries failures).</summary>
    public bool DispatchOnEnqueue { get; set; } = true;

    /// <summary>How often the background service looks for due messages.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>After this many failed attempts a message is kept, with its last error, but no longer tried.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;
}
