namespace ImgPortal.Core.Mentoring;

/// <summary>An e-mail's subject and HTML body, before it is addressed.</summary>
public sealed record EmailContent(string Subject, string HtmlBody);
