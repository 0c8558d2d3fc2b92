namespace ImgPortal.Core.Mentoring.Sharing;

/// <summary>One of the mentee's next dated steps, as their mentor sees it: what, and by when.</summary>
public sealed record SharedStep(string Title, DateOnly DueBy);
