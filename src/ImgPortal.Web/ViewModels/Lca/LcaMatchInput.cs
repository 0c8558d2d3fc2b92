using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.Web.ViewModels.Lca;

/// <summary>Staff's answer to one suggested match.</summary>
public sealed class LcaMatchInput
{
    [Required]
    [StringLength(LcaEmployerMatch.NameMaxLength)]
    public string Employer { get; set; } = string.Empty;

    [Required]
    [StringLength(LcaEmployerMatch.NameMaxLength)]
    public string Institution { get; set; } = string.Empty;
}
