using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Core.Mentoring.Notifications;

/// <summary>
/// Every mentoring e-mail's words, one method per kind, so each can move into a template as it is. Links are
/// absolute, built from <see cref="IPortalLinks"/>.
/// </summary>
public sealed class MentoringEmails(IPortalLinks links)
{
    public const string DashboardPath = "/mentoring/dashboard";

    /// <summary>The volunteer's own application: they see it, and change it while staff have not decided.</summary>
    public const string ApplicationPath = "/mentoring/application";

    private string Dashboard => links.Absolute(DashboardPath).ToString();

    public MentoringEmail RequestReceived(string menteeName, int requestId, string expectedWait) => new(
        "ImgPortal: we have your request for a mentor",
        $"<p>Thank you, {Encode(menteeName)}: your request for a mentor is in.</p><p>{Encode(expectedWait)}</p>"
        + $"<p>You can see, change or withdraw it while it waits: <a href=\"{links.Absolute($"/mentoring/requests/{requestId}")}\">your request</a>.</p>");

    public MentoringEmail RequestWithdrawnToMentor(string menteeName) => new(
        "ImgPortal: a mentee withdrew their request",
        $"<p>{Encode(menteeName)} withdrew their request for a mentor, so there is nothing to answer. Thank you for your time. <a href=\"{Dashboard}\">Your mentoring dashboard</a>.</p>");

    /// <summary>The acknowledgement a volunteer gets: what happens next, roughly how long, and a link back to their application.</summary>
    public MentoringEmail ApplicationReceived(string mentorName, string expectedReview) => new(
        "ImgPortal: thank you for volunteering to mentor",
        $"<p>Thank you, {Encode(mentorName)}: your application to mentor is in.</p>"
        + "<p>What happens next: staff look up each license you gave on the state board's public lookup, then approve your application or tell you why not, by e-mail. "
        + "Once you are approved, mentees' requests reach you by e-mail, and you accept or decline each one.</p>"
        + $"<p>{Encode(expectedReview)}</p>"
        + $"<p>Until staff decide, you can see and change your application here: <a href=\"{links.Absolute(ApplicationPath)}\">your application to mentor</a>.</p>");

    /// <summary>
    /// The proposal to a mentor: what the mentee asked for (needs, specialty, language and, with their consent, their
    /// roadmap stage), what happens next, and when the proposal expires.
    /// </summary>
    public MentoringEmail Proposed(MenteeRequestDetails request, SharedRoadmap? roadmap, int pairingId, int proposalDays, DateTime expiresAtUtc)
    {
        var specialty = request.PreferredSpecialty ?? "any specialty";
        var language = request.Language ?? "no preference given";
        var stage = roadmap is null
            ? "not shared by the mentee"
            : roadmap.HasProfile ? Capitalize(roadmap.StageInWords) : "not known yet: the mentee has not filled in their profile";
        var where = request.State is null ? string.Empty : $"<li>State: {Encode(UsStates.NameOf(request.State))}</li>";
        return new(
            "ImgPortal: a mentee would like your help",
            $"<p>{Encode(request.DisplayName)} asked for a mentor, and you were suggested.</p>"
            + "<p>What they asked for:</p><ul>"
            + $"<li>Help with: {Encode(HelpAreaNames.Join(request.HelpAreas))}</li>"
            + $"<li>Specialty: {Encode(specialty)}</li>"
            + $"<li>Language: {Encode(language)}</li>"
            + $"<li>Roadmap stage: {Encode(stage)}</li>"
            + where
            + "</ul>"
            + $"<p>What happens next: open <a href=\"{links.Absolute($"/mentoring/pairings/{pairingId}")}\">the proposal</a> to accept it with a short agreement or to decline it. "
            + "If you accept, you each see the other's e-mail address. If you decline, staff ask another mentor; giving a reason is optional.</p>"
            + $"<p>This proposal expires in {proposalDays} days, on {expiresAtUtc:MMMM d, yyyy}. If you have not answered by then, it lapses and staff ask someone else.</p>");
    }

    public MentoringEmail Accepted(string mentorName) => new(
        "ImgPortal: you have a mentor",
        $"<p>{Encode(mentorName)} accepted to mentor you. Their contact is on <a href=\"{Dashboard}\">your mentoring dashboard</a>.</p>");

    /// <summary>
    /// What each side is told when their pairing ends: with whom (<paramref name="otherName"/>, the other side), who closed
    /// it (the reader, the other side or program staff) and the reason given, with a link to the pairing's read-only page.
    /// </summary>
    public MentoringEmail Ended(int pairingId, PairingSide reader, string otherName, PairingSide endedBy, string? reason)
    {
        var who = endedBy == reader ? "You closed it"
            : endedBy == PairingSide.Staff ? "Program staff closed it"
            : Encode(otherName) + " closed it";
        var why = string.IsNullOrWhiteSpace(reason) ? " No reason was given." : $" The reason given: \u201c{Encode(reason.Trim())}\u201d";
        var with = reader == PairingSide.Mentor ? "mentoring of " + Encode(otherName) : "mentoring with " + Encode(otherName);
        return new(
            $"ImgPortal: your {(reader == PairingSide.Mentor ? "mentoring of" : "mentoring with")} {otherName} has ended",
            $"<p>Your {with} has ended. {who}.{why}</p>"
            + $"<p>The pairing's page stays open to you both, read-only, with your log and agreement: <a href=\"{links.Absolute($"/mentoring/pairings/{pairingId}")}\">your past pairing</a>.</p>"
            + $"<p>Please tell us how it went: the short feedback form is on <a href=\"{Dashboard}\">your mentoring dashboard</a>. Only program staff read it.</p>");
    }

    public MentoringEmail ProposalReminder(string menteeName, DateTime expiresAtUtc) => new(
        "ImgPortal: a mentee is still waiting for your answer",
        $"<p>{Encode(menteeName)} is still waiting to hear whether you can mentor them. Please accept or decline on <a href=\"{Dashboard}\">your mentoring dashboard</a> by {expiresAtUtc:MMMM d, yyyy}; after that the proposal lapses and staff ask someone else.</p>");

    public MentoringEmail ProposalExpiredToMentor(string menteeName) => new(
        "ImgPortal: a proposal has lapsed",
        $"<p>The proposal to mentor {Encode(menteeName)} lapsed without an answer, so staff will ask another mentor. If you cannot take mentees for a while, tell staff and they will pause your place. <a href=\"{Dashboard}\">Your mentoring dashboard</a>.</p>");

    public MentoringEmail ProposalExpiredToMember() => new(
        "ImgPortal: we are finding you another mentor",
        $"<p>The mentor we asked could not answer in time, so your request is back with staff, who will ask the next mentor who fits. Nothing is needed from you. <a href=\"{Dashboard}\">Your mentoring dashboard</a>.</p>");

    /// <summary>What a mentor is told when staff change their place on the roster; null when they are told nothing.</summary>
    public static MentoringEmail? StatusChanged(MentorStatus from, MentorStatus to, string reason)
    {
        var (subject, body) = to switch
        {
            MentorStatus.Approved when from == MentorStatus.Paused =>
                ("your mentoring is resumed", "<p>Staff have resumed your place on the mentor roster.</p>"),
            MentorStatus.Approved =>
                ("you are now a mentor", "<p>Thank you: staff approved your application to mentor. Mentees' requests will reach you by e-mail; answer them on your mentoring dashboard, linked below.</p>"),
            MentorStatus.Declined =>
                ("your application to mentor", $"<p>Staff could not approve your application to mentor this time.</p><p>Reason: {Encode(reason)}</p>"),
            MentorStatus.Paused =>
                ("your mentoring is paused", $"<p>Staff have paused your place on the mentor roster; no new mentee will be proposed to you.</p><p>Reason: {Encode(reason)}</p>"),
            MentorStatus.Retired =>
                ("thank you for mentoring", "<p>Staff have retired you from the mentor roster. Thank you for your help.</p>"),
            _ => (string.Empty, string.Empty),
        };
        return subject.Length > 0 ? new MentoringEmail("ImgPortal: " + subject, body) : null;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
