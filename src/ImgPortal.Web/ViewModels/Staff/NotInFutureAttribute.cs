using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>A date no later than today (UTC, from the portal's <see cref="TimeProvider"/>). Empty passes: pair with Required.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInFutureAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var clock = validationContext.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return value is DateOnly date && date > today
            ? new ValidationResult(ErrorMessage ?? "The date cannot be in the future.", validationContext.MemberName is { } name ? [name] : null)
            : ValidationResult.Success;
    }
}
