namespace ImgPortal.Core.Mentoring;

/// <summary>Program settings, from configuration section <c>Mentoring</c>; staff's saved <see cref="MentoringSettings"/> win.</summary>
public sealed class MentoringOptions
{
    public const string SectionName = "Mentoring";

    /// <summary>The default for whether members may pick a mentor themselves, until staff set it on /staff/mentoring.</summary>
    public bool MembersMayChoose { get; set; }

    /// <summary>How many ranked suggestions staff see (and members, when they may choose: at most 3).</summary>
    public int SuggestionCount { get; set; } = 5;

    /// <summary>Days a mentor has to answer a proposal before it expires and the request returns to staff.</summary>
    [System.ComponentModel.DataAnnotations.Range(2, 60, ErrorMessage = "Mentoring:ProposalDays must be between 2 and 60.")]
    public int ProposalDays { get; set; } = 7;

    /// <summary>Days after a proposal when the mentor is reminded, once; less than <see cref="ProposalDays"/>.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 59, ErrorMessage = "Mentoring:ProposalReminderDays must be between 1 and 59.")]
    public int ProposalReminderDays { get; set; } = 4;

    /// <summary>How often proposals are looked at for reminders and expiry.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Mentoring:SweepInterval must be between 1 minute and 1 day.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether the background sweep runs (off in tests, which run it by hand).</summary>
    public bool SweepEnabled { get; set; } = true;

    /// <summary>The planned length of a pairing, in months, that a new mentoring agreement starts with.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 24, ErrorMessage = "Mentoring:AgreementMonths must be between 1 and 24.")]
    public int AgreementMonths { get; set; } = 6;

    /// <summary>Days a check-in e-mail's one-click answer links keep working.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 90, ErrorMessage = "Mentoring:CheckInLinkDays must be between 1 and 90.")]
    public int CheckInLinkDays { get; set; } = 30;
}
