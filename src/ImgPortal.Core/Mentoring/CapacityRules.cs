namespace ImgPortal.Core.Mentoring;

/// <summary>The capacity rule, in one place.</summary>
public static class CapacityRules
{
    public const int MaxCapacity = 10;

    /// <summary>A mentor may be asked again only while proposed and active pairings are below capacity.</summary>
    public static bool HasFreePlace(int capacity, int placesHeld) => placesHeld < capacity;

    /// <summary>One place or none left: shown to staff as "near capacity".</summary>
    public static bool IsNearCapacity(int capacity, int placesHeld) => capacity - placesHeld <= 1;
}
