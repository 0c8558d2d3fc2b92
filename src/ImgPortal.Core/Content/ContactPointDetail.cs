namespace ImgPortal.Core.Content;

public sealed record ContactPointDetail(string Office, string Purpose, string Phone, string Email, string Address);
