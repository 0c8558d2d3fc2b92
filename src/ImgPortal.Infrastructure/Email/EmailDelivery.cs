using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Email;

public enum EmailDelivery
{
    /// <summary>Write each message as an .eml file to <see cref="EmailOptions.PickupDirectory"/> (Development, tests).</summary>
    Pickup,

    /// <summary>Send through the SMTP server in <see cref="EmailOptions.Smtp"/> (Production).</summary>
    Smtp,
}
