using ImgPortal.Core.Records;

namespace ImgPortal.Core.Content;

/// <summary>A state's action on a pathway for IMGs to practise, as it stood on <see cref="AsOf"/>.</summary>
public class StatePathway : IRecord
{
    public const int StateMaxLength = 60;

    public const int DescriptionMaxLength = 2000;

    public const int RequirementsMaxLength = 2000;

    public const int SourceMaxLength = 500;


    public int Id { get; set; }

    public required string State { get; set; }

    public PathwayKind Kind { get; set; }

    /// <summary>What the action is, in a sentence or two.</summary>
    public required string Description { get; set; }

    /// <summary>What an IMG must have to use it.</summary>
    public required string Requirements { get; set; }

    public required string Source { get; set; }

    public DateOnly AsOf { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
