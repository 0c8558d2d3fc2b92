namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// One link in a draft that staff should look at before publishing: where it is (the body or a section), its text,
/// its address, and what is wrong. <see cref="Broken"/> links will not work for visitors; the rest deserve a check.
/// </summary>
public sealed record LinkProblem(string Place, string Text, string Address, bool Broken, string Message);
