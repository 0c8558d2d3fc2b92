namespace ImgPortal.Core.Mentoring;

/// <summary>Where a mentor stands with the program. Only <see cref="Approved"/> mentors are public or paired.</summary>
public enum MentorStatus
{
    Pending,
    Approved,
    Declined,
    Paused,
    Retired,
}

/// <summary>What a mentor can help with, and what a mentee asks for. Stored as one integer.</summary>
[Flags]
public enum HelpAreas
{
    None = 0,
    CultureAndLanguage = 1,
    MedicalPractice = 2,
    Interviewing = 4,
    Applications = 8,
    Visas = 16,
}

/// <summary>A mentee's request for a mentor.</summary>
public enum RequestStatus
{
    /// <summary>Waiting for a mentor (again, after a proposal was declined or cancelled).</summary>
    Open,

    /// <summary>A mentor has been asked and has not answered yet.</summary>
    Proposed,

    /// <summary>A mentor accepted: the pairing is active.</summary>
    Matched,

    /// <summary>The pairing ended, or the member withdrew the request.</summary>
    Closed,
}

/// <summary>The states of a <see cref="Pairing"/>; see <see cref="Pairing"/> for the allowed transitions.</summary>
public enum PairingState
{
    Proposed,
    Accepted,
    Declined,
    Ended,
    Cancelled,
}

/// <summary>Which side of a pairing wrote a piece of feedback, or ended it.</summary>
public enum PairingSide
{
    Mentor,
    Member,
    Staff,
}

public static class HelpAreaNames
{
    public static readonly IReadOnlyList<HelpAreas> All =
        [HelpAreas.CultureAndLanguage, HelpAreas.MedicalPractice, HelpAreas.Interviewing, HelpAreas.Applications, HelpAreas.Visas];

    public static string Describe(HelpAreas area) => area switch
    {
        HelpAreas.CultureAndLanguage => "Culture and language",
        HelpAreas.MedicalPractice => "Medical practice in the US",
        HelpAreas.Interviewing => "Interviewing",
        HelpAreas.Applications => "Applications",
        HelpAreas.Visas => "Visas",
        _ => area.ToString(),
    };

    public static IEnumerable<HelpAreas> Split(HelpAreas areas) => All.Where(a => areas.HasFlag(a));

    public static string Join(HelpAreas areas) => string.Join(", ", Split(areas).Select(Describe));

    public static HelpAreas Combine(IEnumerable<HelpAreas>? areas) =>
        (areas ?? []).Aggregate(HelpAreas.None, (all, a) => all | (a & (HelpAreas)31));
}
