namespace ImgPortal.Core.Waivers;

/// <summary>What a State 30 alert tells a member who asked for it.</summary>
public enum WaiverAlertKind
{
    /// <summary>A new fiscal year's cycle is open.</summary>
    CycleOpened,

    /// <summary>Fewer than five slots remain in the current fiscal year.</summary>
    FewSlots,
}
