using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Web.ViewModels.Staff;

/// <summary>An absolute http or https address. Empty passes: the field is optional.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null
        || value is string text && (string.IsNullOrWhiteSpace(text)
            || Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && !string.IsNullOrEmpty(uri.Host));
}
