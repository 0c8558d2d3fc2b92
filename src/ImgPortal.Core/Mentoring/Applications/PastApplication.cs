using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>
/// An earlier application by a mentor who applied again after a decline or retirement: what staff decided then,
/// kept when the new application takes the mentor's row.
/// </summary>
public class PastApplication
{
    public int Id { get; set; }

    public int MentorId { get; set; }

    public DateTime AppliedAtUtc { get; set; }

    /// <summary>The status the application ended in (declined, retired…).</summary>
    public MentorStatus Decision { get; set; }

    /// <summary>Staff's reason at the time, as it was e-mailed.</summary>
    public string Reason { get; set; } = string.Empty;

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>When the mentor applied again.</summary>
    public DateTime ReappliedAtUtc { get; set; }
}
