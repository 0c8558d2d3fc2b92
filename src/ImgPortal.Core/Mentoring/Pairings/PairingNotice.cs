namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// An e-mail sent about a pairing, unique per pairing and kind (like the roadmap's reminder log): the row is
/// written in the same save as the change it reports, so a second sweep, or a restart, never sends it again.
/// </summary>
public class PairingNotice
{
    public int Id { get; set; }

    public int PairingId { get; set; }

    public NoticeKind Kind { get; set; }

    public DateTime SentAtUtc { get; set; }
}
