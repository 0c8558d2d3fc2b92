using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// With pickup delivery, checks at start that the pickup folder can be created and written to, so a
/// portal that could never deliver a message fails before it queues one.
/// </summary>
public sealed class PickupDirectoryValidation(string contentRootPath) : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        if (options.Delivery != EmailDelivery.Pickup || string.IsNullOrWhiteSpace(options.PickupDirectory))
        {
            return ValidateOptionsResult.Success;
        }

        var folder = Path.GetFullPath(options.PickupDirectory, contentRootPath);
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail(
                $"Email:PickupDirectory ({folder}) cannot be written to with Email:Delivery Pickup: {ex.Message}");
        }
    }
}
