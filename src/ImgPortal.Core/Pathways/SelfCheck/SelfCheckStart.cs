namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>The self-check's starting answers: blank, or taken from the signed-in member's profile.</summary>
public sealed record SelfCheckStart(SelfCheckAnswers Answers, bool FromProfile);
