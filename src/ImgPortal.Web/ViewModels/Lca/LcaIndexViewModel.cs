using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.Web.ViewModels.Lca;

/// <summary>The staff LCA page: the upload form, the import history and the employer matches waiting for staff.</summary>
public sealed record LcaIndexViewModel(
    IReadOnlyList<LcaImport> History,
    IReadOnlyList<LcaMatchSuggestion> Suggestions,
    IReadOnlyList<LcaMatchRow> Decisions,
    long MaxUploadBytes)
{
    public string MaxUploadText => $"{MaxUploadBytes / (1024.0 * 1024):0.#} MB";
}
