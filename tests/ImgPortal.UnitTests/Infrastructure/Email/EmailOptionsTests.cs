using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Email;

namespace ImgPortal.UnitTests.Infrastructure.Email;

public sealed class EmailOptionsTests
{
    [Fact]
    public void Validate_SmtpWithoutHost_SaysWhichSettingIsMissing()
    {
        var options = new EmailOptions { Delivery = EmailDelivery.Smtp };

        var errors = Validate(options);

        Assert.Contains(errors, e => e.Contains("Email:Smtp:Host", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SmtpWithHost_IsValid()
    {
        var options = new EmailOptions { Delivery = EmailDelivery.Smtp, Smtp = new SmtpOptions { Host = "smtp.example.org" } };

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_BadFromAddress_IsRefused()
    {
        var options = new EmailOptions { Delivery = EmailDelivery.Pickup, FromAddress = "not an address" };

        Assert.NotEmpty(Validate(options));
    }

    private static List<string> Validate(EmailOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? string.Empty).ToList();
    }
}
