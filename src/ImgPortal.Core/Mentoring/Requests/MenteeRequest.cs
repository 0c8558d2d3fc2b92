using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>
/// A member's request for a mentor. It carries everything matching needs, so mentoring does not depend on
/// the member's profile. <see cref="Version"/> keeps two staff members from pairing it at once.
/// </summary>
public class MenteeRequest : IVersioned
{
    public int Id { get; set; }

    /// <summary>The member who asked; once their account is deleted, an id that belongs to nobody (<see cref="DeletedAccount"/>).</summary>
    public required string MemberUserId { get; set; }

    /// <summary>The name the member's mentor will see.</summary>
    public required string DisplayName { get; set; }

    public HelpAreas HelpAreas { get; set; }

    public string? PreferredSpecialty { get; set; }

    public string? Language { get; set; }

    public string? State { get; set; }

    public string County { get; set; } = string.Empty;

    public string CountryOfTraining { get; set; } = string.Empty;

    public string Note { get; set; } = string.Empty;

    /// <summary>
    /// The member lets their mentor (and a mentor asked to take them on) see their roadmap stage and next dated
    /// steps. Off until the member turns it on; they can turn it off at any time (<see cref="Sharing.RoadmapSharingRules"/>).
    /// </summary>
    public bool ShareRoadmapWithMentor { get; set; }

    public RequestStatus Status { get; set; } = RequestStatus.Open;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When a mentor accepted; with <see cref="CreatedAtUtc"/> it tells how long the member waited.</summary>
    public DateTime? MatchedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<Pairing> Pairings { get; set; } = [];

    /// <summary>The mentors the member ranked, when staff let members choose.</summary>
    public List<Choices.MentorChoice> Choices { get; set; } = [];
}
