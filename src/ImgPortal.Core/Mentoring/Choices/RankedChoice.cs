namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>A mentor a member ranked, and whether staff can propose them now (<see cref="Note"/> says why not).</summary>
public sealed record RankedChoice(int Rank, int MentorId, string DisplayName, string Specialty, string State, string? Note)
{
    public bool Available => Note is null;
}
