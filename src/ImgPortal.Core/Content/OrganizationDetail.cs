namespace ImgPortal.Core.Content;

public sealed record OrganizationDetail(string Name, string Abbreviation, string Role, string WebsiteUrl, string Aliases = "");
