namespace ImgPortal.Core.Waivers;

/// <summary>A member with a confirmed e-mail and the State 30 alerts they asked for.</summary>
public sealed record WaiverAlertMember(string UserId, string Email, bool CycleAlerts, bool FewSlotsAlerts);
