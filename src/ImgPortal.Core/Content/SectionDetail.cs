namespace ImgPortal.Core.Content;

public sealed record SectionDetail(SectionKind Kind, int SortOrder, string Heading, string BodyHtml);
