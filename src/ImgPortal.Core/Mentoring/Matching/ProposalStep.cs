namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>What a proposal waiting for the mentor's answer needs now.</summary>
public enum ProposalStep
{
    Wait,
    Remind,
    Expire,
}
