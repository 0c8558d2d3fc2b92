namespace ImgPortal.Core.Content;

public sealed record ContactPointDetail(string Office, string Purpose, string Phone, string Email, string Address, string OfficeHours = "")
{
    /// <summary>The phone number read as a North American number, or null when it is not one (shown as typed).</summary>
    public PhoneNumber? Telephone => PhoneNumber.Parse(Phone);
}
