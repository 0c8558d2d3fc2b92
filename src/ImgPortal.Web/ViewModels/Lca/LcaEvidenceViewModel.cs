using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.Web.ViewModels.Lca;

/// <summary>A program page's government evidence of H-1B sponsorship (nothing is shown when <see cref="Years"/> is empty).</summary>
public sealed record LcaEvidenceViewModel(IReadOnlyList<LcaEvidenceYear> Years)
{
    /// <summary>DOL's Office of Foreign Labor Certification performance data page, where the disclosure files are published.</summary>
    public const string DisclosureDataUrl = "https://www.dol.gov/agencies/eta/foreign-labor/performance";
}
