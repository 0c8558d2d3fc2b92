namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>One item of a mentor's vetting checklist, ticked by a member of staff: who and when. One row per item; ticking again records the newer check.</summary>
public class VettingCheck
{
    public int Id { get; set; }

    public int MentorId { get; set; }

    public VettingItem Item { get; set; }

    public DateTime CheckedAtUtc { get; set; }

    /// <summary>The staff member's sign-in name (e-mail), kept as text so the record outlives their account.</summary>
    public required string CheckedBy { get; set; }
}
