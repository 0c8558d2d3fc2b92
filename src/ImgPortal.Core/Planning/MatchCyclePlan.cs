namespace ImgPortal.Core.Planning;

/// <summary>
/// The earliest Match cycle the member can realistically enter, why (the earlier cycles it skipped and the step
/// that rules each out), the blocking steps with the dates they must be done by, and the next dated actions.
/// </summary>
public sealed record MatchCyclePlan(
    int Cycle,
    IReadOnlyList<string> Why,
    IReadOnlyList<CycleStep> Steps,
    IReadOnlyList<CriticalAction> CriticalPath,
    GraduationNote? Graduation)
{
    public IEnumerable<CycleStep> Blocking => Steps.Where(s => !s.Done);
}

/// <summary>A dated action on the critical path, with why it blocks what follows.</summary>
public sealed record CriticalAction(string Key, string Title, DateOnly Date, string Why);

/// <summary>
/// Years since graduation, shown as information: what programs commonly set, and its source when there is one; the
/// day the portal last looked for such a figure (<see cref="CheckedOn"/>).
/// </summary>
public sealed record GraduationNote(int GraduationYear, int YearsSince, int YearsAtStart, string WhatProgramsSet, DateOnly CheckedOn);
