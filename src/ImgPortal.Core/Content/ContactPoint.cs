using ImgPortal.Core.Records;

namespace ImgPortal.Core.Content;

/// <summary>An office to contact. Seeded with offices only; staff add named people through the portal.</summary>
public class ContactPoint : IRecord
{
    public const int OfficeMaxLength = 200;

    public const int PurposeMaxLength = 1000;

    public const int PhoneMaxLength = 60;

    public const int EmailMaxLength = 256;

    public const int AddressMaxLength = 500;

    public const int OfficeHoursMaxLength = 200;


    public int Id { get; set; }

    public required string Office { get; set; }

    /// <summary>What to contact this office about.</summary>
    public required string Purpose { get; set; }

    public string Phone { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>When the office answers, with its time zone ("Monday to Friday, 9 am to 5 pm Eastern Time (ET)");
    /// empty when no source gives them, which the contact page shows as unknown.</summary>
    public string OfficeHours { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
