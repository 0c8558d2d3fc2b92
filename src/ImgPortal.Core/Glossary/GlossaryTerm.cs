using ImgPortal.Core.Records;

namespace ImgPortal.Core.Glossary;

/// <summary>
/// One term of the glossary (<c>/glossary</c>): an abbreviation or phrase IMGs meet in the guidance, defined in
/// plain words, with the source it was checked against and when.
/// </summary>
public class GlossaryTerm : ISeededRecord
{
    public const int TermMaxLength = 60;

    public const int LongFormMaxLength = 200;

    public const int DefinitionMaxLength = 1000;

    public const int SourceUrlMaxLength = 500;

    public const int SourceTitleMaxLength = 200;

    public int Id { get; set; }

    /// <summary>The term as it is written in the guidance, e.g. <c>ECFMG</c> or <c>Flex slot</c>; unique.</summary>
    public required string Term { get; set; }

    /// <summary>What an abbreviation stands for; empty when the term is not one.</summary>
    public string LongForm { get; set; } = string.Empty;

    public required string Definition { get; set; }

    /// <summary>An absolute http(s) address of the source the definition was checked against.</summary>
    public required string SourceUrl { get; set; }

    /// <summary>How the source is named to readers; empty shows the address's host.</summary>
    public string SourceTitle { get; set; } = string.Empty;

    public DateOnly VerifiedOn { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <inheritdoc/>
    public string? SeededHash { get; set; }
}
