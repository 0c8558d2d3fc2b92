using ImgPortal.Core.Common;

namespace ImgPortal.Core.Pathways;

/// <summary>One column of a comparison: a state, its pathway compared (null: no current pathway) and how many other current ones it has.</summary>
public sealed record ComparedState(string State, PathwayDetail? Pathway, int OtherCurrent)
{
    public string StateName => UsStates.NameOf(State);
}
