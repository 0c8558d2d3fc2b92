using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.Areas.Staff.ViewModels;

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

    /// <summary>The query string for these filters (without a page), e.g. <c>stage=Match&amp;state=NY</c>.</summary>
    public string QueryString()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Q);
        Add("stage", Stage?.ToString());
        Add("specialty", Specialty);
        Add("state", State);
        Add("visa", Visa?.ToString());
        Add("mentor", Mentor?.ToString().ToLowerInvariant());
        return string.Join("&", parts);
    }
}

public sealed record MembersIndexViewModel(MemberFilterInput Filter, PagedResult<MemberRow> Results, IReadOnlyList<StageCount> Funnel);

public sealed record MemberShowViewModel(MemberDetail Member);
