using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Core.Programs.Lca;

/// <summary>The <c>Lca</c> section: the DOL LCA disclosure import (ADR 0076).</summary>
public sealed class LcaOptions
{
    public const string SectionName = "Lca";

    /// <summary>The largest upload accepted, in bytes (413 above it). DOL's yearly file is well under the default 300 MB.</summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 300L * 1024 * 1024;

    /// <summary>Where uploads wait for their import (relative to the content root); each is deleted when its import ends.</summary>
    [Required]
    public string UploadDirectory { get; set; } = "App_Data/lca-uploads";

    /// <summary>How often the background job looks for a queued upload.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 5;

    /// <summary>Off turns the background import job off on this instance (uploads then wait).</summary>
    public bool ImportJobEnabled { get; set; } = true;
}
