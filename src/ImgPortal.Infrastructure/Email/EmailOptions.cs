using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Email;

/// <summary>The <c>Email</c> section of configuration.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string SectionName = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    [Required]
    [EmailAddress]
    public string FromAddress { get; set; } = "no-reply@imgportal.local";

    /// <summary>The sender's name; empty means "ImgPortal (the society's short name)" from <c>Portal:Organization</c>.</summary>
    public string FromName { get; set; } = string.Empty;

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
