using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The feedback form: the pairing, what the feedback counts as, what was typed, and the check-in it came from.</summary>
public sealed record FeedbackViewModel(FeedbackForm Form, FeedbackInputModel Input, int? CheckIn)
{
    public PairingView Pairing => Form.Pairing;

    /// <summary>The other person, as the writer knows them.</summary>
    public string OtherName => Form.Side == PairingSide.Mentor ? Pairing.MenteeName : Pairing.MentorName;
}
