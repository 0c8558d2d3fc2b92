namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>A license as a mentor gives it: the state's code, the number, and the expiry date if known.</summary>
public sealed record LicenseDetails(string State, string Number, DateOnly? ExpiresOn);
