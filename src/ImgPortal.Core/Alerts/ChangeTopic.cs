namespace ImgPortal.Core.Alerts;

/// <summary>
/// What members follow and the change log files each change under: a stable key (stored, used in URLs such as
/// <c>/changes.atom?topic=visas</c>) and the name people read. <see cref="ChangeTopics.All"/> is the one list; a new
/// record type (fees, programs) adds its topic there and returns it from its record type's <c>FollowedAs</c>.
/// </summary>
/// <param name="FollowLabel">The tick box's label on the alerts form when it differs from <paramref name="Name"/>.</param>
public sealed record ChangeTopic(string Key, string Name, string Description, string? FollowLabel = null)
{
    public string Label => FollowLabel ?? Name;
}

/// <summary>The topics members can follow, in the order the settings form and the change log filter show them.</summary>
public static class ChangeTopics
{
    public static readonly ChangeTopic Visas = new("visas", "Visas", "The visa guidance page: J-1, H-1B and the rules around them.");

    /// <summary>Per state: entries carry the state's code, and members follow the states they choose.</summary>
    public static readonly ChangeTopic StatePathways = new("state-pathways", "State pathways", "A state's alternative licensure pathway record, for the states you choose.");

    public static readonly ChangeTopic State30 = new("state-30", "State 30", "J-1 waiver (Conrad State 30) guidance and each state's program-year figures.");

    public static readonly ChangeTopic MatchDates = new("match-dates", "Match dates", "The season's dates: ERAS, NRMP Match and related deadlines.");

    public static readonly ChangeTopic Fees = new("fees", "Fees", "The fees the cost planner uses: exams, ERAS, NRMP, ECFMG and the rest.");

    /// <summary>Per program: entries link to the program's page, and members hear of the programs on their shortlist.</summary>
    public static readonly ChangeTopic Programs = new("programs", "Programs", "A program's record (its visa and other stated policies), for the programs you saved to your shortlist.", "Programs on my shortlist");

    public static readonly IReadOnlyList<ChangeTopic> All = [Visas, StatePathways, State30, MatchDates, Fees, Programs];

    /// <summary>The topics chosen with tick boxes (state pathways are chosen by state instead).</summary>
    public static IEnumerable<ChangeTopic> Tickable => All.Where(t => t != StatePathways);

    public static ChangeTopic? Find(string? key) =>
        key is null ? null : All.FirstOrDefault(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The public path of a program's page, where its change entries link (and how shortlists are matched).</summary>
    public static string ProgramLink(string programKey) => "/programs/" + programKey;

    /// <summary>The topic of a guidance page, by its address; null for pages nobody follows.</summary>
    public static ChangeTopic? OfPage(string slug) => slug switch
    {
        "visas" => Visas,
        "j1-waiver" => State30,
        "state-pathways" => StatePathways,
        _ => null,
    };
}
