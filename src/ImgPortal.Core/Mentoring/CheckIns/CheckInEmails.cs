using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Notifications;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>The check-in e-mail's words: "How is it going?" with one signed link per answer.</summary>
public sealed class CheckInEmails(IPortalLinks links, ICheckInTokens tokens)
{
    public const string AnswerPath = "/mentoring/check-in";

    /// <summary>The feedback form for this check-in: the same form either side uses at any time, tagged with the check-in.</summary>
    public static string FeedbackPath(int pairingId, CheckInMilestone milestone) =>
        $"/mentoring/pairings/{pairingId}/feedback?checkIn={(int)milestone}";

    public MentoringEmail HowIsItGoing(int pairingId, PairingSide side, CheckInMilestone milestone, string otherName, DateTime expiresAtUtc)
    {
        var answers = string.Concat(Enum.GetValues<CheckInAnswer>().Select(answer =>
        {
            var token = tokens.Sign(new CheckInToken(pairingId, side, milestone, answer), expiresAtUtc);
            var href = links.Absolute($"{AnswerPath}?token={Uri.EscapeDataString(token)}");
            return $"<li><a href=\"{href}\">{Encode(CheckInAnswerNames.Of(answer))}</a></li>";
        }));
        return new(
            $"ImgPortal: how is your mentoring going? ({(int)milestone} days)",
            $"<p>It is {(int)milestone} days since your mentoring with {Encode(otherName)} began. How is it going? One click answers; no sign-in needed.</p>"
            + $"<ul>{answers}</ul>"
            + $"<p>Only program staff see your answer. The links work until {expiresAtUtc:MMMM d, yyyy}.</p>"
            + $"<p>Want to say more? <a href=\"{links.Absolute(FeedbackPath(pairingId, milestone))}\">Give feedback on your mentoring</a> (sign-in needed): a rating and a few words for staff. It does not end the pairing.</p>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
