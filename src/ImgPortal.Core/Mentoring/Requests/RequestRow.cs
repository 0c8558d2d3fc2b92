namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>A request on staff's list.</summary>
public sealed record RequestRow(int Id, string DisplayName, HelpAreas HelpAreas, string? Specialty, string? Language, string? State, RequestStatus Status, DateTime CreatedAtUtc);
