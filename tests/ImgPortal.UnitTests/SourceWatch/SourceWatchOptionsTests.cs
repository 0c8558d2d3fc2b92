using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.SourceWatch;

namespace ImgPortal.UnitTests.SourceWatch;

public sealed class SourceWatchOptionsTests
{
    [Fact]
    public void Validate_EnabledWithoutContactAddress_NamesTheSetting()
    {
        var errors = Validate(new SourceWatchOptions { Enabled = true, ContactAddress = "" });

        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("SourceWatch:ContactAddress", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ThresholdOutOfRange_NamesTheSetting()
    {
        var errors = Validate(new SourceWatchOptions { ContactAddress = "a@b.example", ChangeThreshold = 1.5 });

        Assert.Contains(errors, e => e.ErrorMessage!.StartsWith("SourceWatch:ChangeThreshold", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Defaults_WithAContactAddress_Pass()
    {
        Assert.Empty(Validate(new SourceWatchOptions { ContactAddress = "a@b.example" }));
    }

    private static List<ValidationResult> Validate(SourceWatchOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        results.AddRange(options.Validate(new ValidationContext(options)));
        return results;
    }
}
