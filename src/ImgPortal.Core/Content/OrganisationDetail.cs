namespace ImgPortal.Core.Content;

public sealed record OrganisationDetail(string Name, string Abbreviation, string Role, string WebsiteUrl, string Aliases = "");
