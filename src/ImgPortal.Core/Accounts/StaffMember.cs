namespace ImgPortal.Core.Accounts;

/// <summary>A staff or admin account: its id and e-mail address.</summary>
public sealed record StaffMember(string Id, string Email);
