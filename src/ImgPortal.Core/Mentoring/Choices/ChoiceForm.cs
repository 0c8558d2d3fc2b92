namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>What the request form's ranking offers: the member's suggestions first, then the rest of the directory.</summary>
public sealed record ChoiceForm(IReadOnlyList<ChoiceOption> Options, IReadOnlyList<RankedChoice> Current);
