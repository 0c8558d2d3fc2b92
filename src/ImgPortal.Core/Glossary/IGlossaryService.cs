namespace ImgPortal.Core.Glossary;

/// <summary>Reads the glossary for visitors, and links the first use of each term in rendered guidance.</summary>
public interface IGlossaryService
{
    /// <summary>Every term, in alphabetical order (ignoring case).</summary>
    Task<IReadOnlyList<GlossaryEntry>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>A linker for the current terms, to run over one page's HTML fragments in reading order.</summary>
    Task<GlossaryLinker> LinkerAsync(CancellationToken cancellationToken = default);
}
