namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>The check-ins after a pairing's acceptance; the value is the number of days.</summary>
public enum CheckInMilestone
{
    Day30 = 30,
    Day90 = 90,
}
