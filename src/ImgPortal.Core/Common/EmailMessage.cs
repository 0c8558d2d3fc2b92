namespace ImgPortal.Core.Common;

/// <summary>An e-mail to one recipient. Bodies are HTML; a plain-text part is derived by the sender.</summary>
public sealed record EmailMessage(string To, string Subject, string HtmlBody);
