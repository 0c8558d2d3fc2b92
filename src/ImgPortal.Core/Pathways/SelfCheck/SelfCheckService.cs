using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Pathways.SelfCheck;

/// <inheritdoc cref="ISelfCheckService"/>
public sealed class SelfCheckService(IStatePathwayService pathways, IProfileService profiles, ICurrentUser user) : ISelfCheckService
{
    public async Task<SelfCheckStart> StartAsync(CancellationToken cancellationToken = default)
    {
        if (user.UserId is null || await profiles.GetOwnAsync(cancellationToken) is not { } profile)
        {
            return new SelfCheckStart(new SelfCheckAnswers(), false);
        }

        return new SelfCheckStart(FromProfile(profile), true);
    }

    public async Task<IReadOnlyList<PathwayCheckResult>> CheckAsync(SelfCheckAnswers answers, CancellationToken cancellationToken = default)
    {
        var states = answers.States.Where(UsStates.IsCode).Select(s => s.ToUpperInvariant()).ToHashSet();
        var current = await pathways.GetCurrentAsync(cancellationToken);
        return current.Where(p => states.Count == 0 || states.Contains(p.State))
            .Select(p => SelfCheckRules.Check(p, answers))
            .OrderBy(r => r.Verdict)
            .ThenBy(r => r.Pathway.StateName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>What the profile tells: certification, Step 1 passed, immigration status, states. Years abroad are not in the profile.</summary>
    public static SelfCheckAnswers FromProfile(ProfileData profile) => new()
    {
        EcfmgCertified = profile.EcfmgStatus == EcfmgStatus.Certified ? Answer.Yes : Answer.No,
        PassedStep1 = profile.Step1Result == ExamResult.Passed,
        EnglishTestPassed = profile.EnglishProficiencyMet ? Answer.Yes : Answer.NotSure,
        Immigration = profile.CurrentVisa == VisaStatus.PermanentResidentOrCitizen ? ImmigrationAnswer.CitizenOrPermanentResident
            : profile.VisaNeed is VisaNeed.J1 or VisaNeed.H1B ? ImmigrationAnswer.NeedsSponsorship
            : ImmigrationAnswer.NotSure,
        States = profile.States.Select(s => UsStates.Find(s)?.Code ?? UsStates.All.FirstOrDefault(u => u.Name == s)?.Code).OfType<string>().ToList(),
    };
}
