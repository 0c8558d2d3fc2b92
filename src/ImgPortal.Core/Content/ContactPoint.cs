using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content;

/// <summary>An office to contact. Seeded with offices only; staff add named people through the portal.</summary>
public class ContactPoint : IVersioned
{
    public int Id { get; set; }

    public required string Office { get; set; }

    /// <summary>What to contact this office about.</summary>
    public required string Purpose { get; set; }

    public string Phone { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
