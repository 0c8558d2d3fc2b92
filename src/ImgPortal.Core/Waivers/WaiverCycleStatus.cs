namespace ImgPortal.Core.Waivers;

/// <summary>Where a waiver program's yearly cycle stands, as staff record it from the state's reports.</summary>
public enum WaiverCycleStatus
{
    /// <summary>No source we checked says where the cycle stands (the default for figures recorded before the tracker).</summary>
    Unknown,

    /// <summary>The fiscal year's applications are not accepted yet.</summary>
    NotYetOpen,

    /// <summary>Applications are accepted.</summary>
    Open,

    /// <summary>The filing period has ended (slots may remain unused).</summary>
    Closed,

    /// <summary>Every slot is taken.</summary>
    Full,
}
