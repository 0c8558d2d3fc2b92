using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>A step with this member's state, and whether the profile decided it.</summary>
public sealed record StepStatus(StepDefinition Step, StepState State, bool FromProfile);
