namespace ImgPortal.Core.Mentoring.Notifications;

/// <summary>An e-mail's subject and HTML body, before it is addressed.</summary>
public sealed record MentoringEmail(string Subject, string HtmlBody);
