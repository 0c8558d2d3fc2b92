using ImgPortal.Core.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Configuration;

/// <summary>
/// In production, <c>Portal:ContactEmail</c> must be a real address: program coordinators and readers are told to
/// write to it, so a missing or placeholder address fails at start naming the setting (ADR 0091). Development and
/// tests keep the working placeholder.
/// </summary>
public sealed class ProductionContactValidation(IHostEnvironment environment) : IValidateOptions<PortalOptions>
{
    public const string Message =
        "Portal:ContactEmail must be the organization's real contact address in production (environment variable Portal__ContactEmail): "
        + "program coordinators and readers are told to write to it, and it is missing or a placeholder.";

    public ValidateOptionsResult Validate(string? name, PortalOptions options) =>
        environment.IsProduction() && PortalOptions.IsPlaceholderAddress(options.ContactEmail)
            ? ValidateOptionsResult.Fail($"{Message} It is now \"{options.ContactEmail}\".")
            : ValidateOptionsResult.Success;
}
