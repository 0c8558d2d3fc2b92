using ImgPortal.Core.Records;

namespace ImgPortal.Core.Profiles;

/// <summary>
/// A date of a Match cycle (staff-editable, seeded), set by one organization and backed by sources: shown on
/// <c>/dates</c>, on members' roadmaps and in calendars. A date not announced yet has no <see cref="Date"/> and
/// says in <see cref="UsuallyWhen"/> when it usually is (never a guessed date).
/// </summary>
public class SeasonDate : ISeededRecord
{
    public const int TitleMaxLength = 200;

    public const int NotesMaxLength = 1000;

    public const int SourcesMaxLength = 2000;

    public const int UsuallyWhenMaxLength = 200;

    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The day, or null while the organization has not announced it.</summary>
    public DateOnly? Date { get; set; }

    public SeasonDateKind Kind { get; set; }

    /// <summary>The Match year the date belongs to, e.g. <c>2027</c> for residencies starting in July 2027.</summary>
    public int Cycle { get; set; }

    /// <summary>Which step of the cycle the date is (<see cref="DateMilestone.Other"/> for any other).</summary>
    public DateMilestone Milestone { get; set; }

    /// <summary>Who sets the date.</summary>
    public DateOrganization Organization { get; set; }

    /// <summary>Sources, one a line as "URL | title | yyyy-MM-dd" (the day each was checked).</summary>
    public string Sources { get; set; } = string.Empty;

    /// <summary>The day staff last checked the date against its sources.</summary>
    public DateOnly? CheckedOn { get; set; }

    /// <summary>When the date is usually announced or held, e.g. "usually the third Friday of March".</summary>
    public string UsuallyWhen { get; set; } = string.Empty;

    public string Notes { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <inheritdoc />
    public string? SeededHash { get; set; }

    /// <summary>What the editor's "not announced yet" box said on this save (not stored: <see cref="Date"/> null is the record of it).</summary>
    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public bool NotAnnouncedTicked { get; set; }
}
