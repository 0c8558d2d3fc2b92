namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>The three one-click answers to "How is it going?".</summary>
public enum CheckInAnswer
{
    GoingWell,
    NotWell,
    NotMetYet,
}
