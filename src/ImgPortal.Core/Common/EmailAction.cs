namespace ImgPortal.Core.Common;

/// <summary>The button of an e-mail: what to do and the absolute address of the page that does it.</summary>
public sealed record EmailAction(string Text, Uri Url);
