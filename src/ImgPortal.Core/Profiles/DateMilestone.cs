namespace ImgPortal.Core.Profiles;

/// <summary>
/// Which step of a Match cycle a season date is, so rules can find it (the Match-cycle rule reads the
/// rank-order-list deadline, the Pathways deadline and when programs start receiving applications).
/// </summary>
public enum DateMilestone
{
    Other,
    PathwaysOpens,
    PathwaysDeadline,
    ErasOpens,
    ErasApplicantsSubmit,
    ErasProgramsReceive,
    NrmpRegistrationOpens,
    NrmpEarlyRegistrationDeadline,
    RankOrderListDeadline,
    MatchWeek,
    SoapBegins,
    MatchDay,
    ResidencyStarts,
    State30WindowOpens,
    State30Deadline,
}
