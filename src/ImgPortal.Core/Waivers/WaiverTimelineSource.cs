namespace ImgPortal.Core.Waivers;

/// <summary>Where a timeline step's typical duration comes from, and when it was checked.</summary>
public sealed record WaiverTimelineSource(string Title, string Url, DateOnly CheckedOn);
