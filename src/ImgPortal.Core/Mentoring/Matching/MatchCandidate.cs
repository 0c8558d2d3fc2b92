namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>What matching knows of an approved mentor with a free place.</summary>
public sealed record MatchCandidate(
    int MentorId,
    string DisplayName,
    string Specialty,
    HelpAreas HelpAreas,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TrainingCountries,
    string State,
    string County,
    int Capacity,
    int PlacesHeld)
{
    public int FreePlaces => Math.Max(0, Capacity - PlacesHeld);
}
