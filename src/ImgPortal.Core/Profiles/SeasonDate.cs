using ImgPortal.Core.Records;

namespace ImgPortal.Core.Profiles;

/// <summary>A date of the Match season (staff-editable, seeded), shown on every roadmap and in the calendar.</summary>
public class SeasonDate : IRecord
{
    public const int TitleMaxLength = 200;

    public const int NotesMaxLength = 1000;

    public int Id { get; set; }

    public required string Title { get; set; }

    public DateOnly Date { get; set; }

    public SeasonDateKind Kind { get; set; }

    /// <summary>The Match year the date belongs to, e.g. <c>2027</c> for residencies starting in July 2027.</summary>
    public int Cycle { get; set; }

    public string Notes { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();
}
