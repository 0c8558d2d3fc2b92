using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Members;

/// <summary>The member list's filters as the query string carries them.</summary>
public sealed class MemberFilterInput
{
    public string? Q { get; set; }

    public RoadmapStage? Stage { get; set; }

    public string? Specialty { get; set; }

    public string? State { get; set; }

    public VisaNeed? Visa { get; set; }

    public bool? Mentor { get; set; }

    public MemberFilter ToFilter() => new(Q, Stage, Specialty, State, Visa, Mentor);

    /// <summary>These filters as route values (empty ones left out), for links built by tag helpers: the pager, the export.</summary>
    public Dictionary<string, string?> RouteValues() => new()
    {
        ["q"] = Q,
        ["stage"] = Stage?.ToString(),
        ["specialty"] = Specialty,
        ["state"] = State,
        ["visa"] = Visa?.ToString(),
        ["mentor"] = Mentor?.ToString().ToLowerInvariant(),
    };
}
