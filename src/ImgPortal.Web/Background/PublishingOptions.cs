using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>The <c>Publishing</c> section: whether and how often scheduled drafts are published.</summary>
public sealed class PublishingOptions
{
    public const string SectionName = "Publishing";

    public bool Enabled { get; set; } = true;

    /// <summary>How often to look for drafts whose time has come.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Publishing:Interval must be between 1 second and 1 day.")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
