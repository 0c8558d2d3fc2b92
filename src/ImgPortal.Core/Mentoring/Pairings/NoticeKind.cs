namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>An e-mail about a pairing that must go once only: logged in <see cref="PairingNotice"/> before it is sent.</summary>
public enum NoticeKind
{
    ProposalReminder,
    ProposalExpiredToMentor,
    ProposalExpiredToMember,
    CheckIn30ToMentor,
    CheckIn30ToMember,
    CheckIn90ToMentor,
    CheckIn90ToMember,
}
