namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>When an unanswered proposal is reminded (once) and when it expires. Pure: callers pass now.</summary>
public static class ProposalRules
{
    public static ProposalStep Next(DateTime proposedAtUtc, DateTime nowUtc, bool reminded, int proposalDays, int reminderDays)
    {
        var waited = nowUtc - proposedAtUtc;
        if (waited >= TimeSpan.FromDays(proposalDays))
        {
            return ProposalStep.Expire;
        }

        return !reminded && waited >= TimeSpan.FromDays(reminderDays) ? ProposalStep.Remind : ProposalStep.Wait;
    }

    /// <summary>When a proposal made at <paramref name="proposedAtUtc"/> expires.</summary>
    public static DateTime ExpiresAt(DateTime proposedAtUtc, int proposalDays) => proposedAtUtc.AddDays(proposalDays);
}
