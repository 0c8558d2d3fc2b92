using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

public sealed record VolunteerViewModel(VolunteerInputModel Input);

public sealed record DirectoryViewModel(DirectoryFilter Filter, PagedResult<DirectoryEntry> Results)
{
    public string PageUrl(int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(Filter.Specialty))
        {
            query.Add("specialty=" + Uri.EscapeDataString(Filter.Specialty));
        }

        if (!string.IsNullOrEmpty(Filter.Language))
        {
            query.Add("language=" + Uri.EscapeDataString(Filter.Language));
        }

        if (!string.IsNullOrEmpty(Filter.State))
        {
            query.Add("state=" + Uri.EscapeDataString(Filter.State));
        }

        query.Add("page=" + page);
        return "/mentoring/mentors?" + string.Join("&", query);
    }
}

public sealed record FeedbackViewModel(PairingView Pairing, FeedbackInputModel Input);

/// <summary>A numbered pager that shows a window of pages, so 500 pages do not mean 500 links.</summary>
public sealed record WindowedPagerViewModel(int Page, int TotalPages, Func<int, string> Url)
{
    public IEnumerable<int> Pages()
    {
        var window = Enumerable.Range(Page - 2, 5).Where(p => p >= 1 && p <= TotalPages);
        return new[] { 1, TotalPages }.Concat(window).Distinct().Order();
    }
}

public sealed record StaffMentorListViewModel(MentorStatus? Status, string? Specialty, PagedResult<MentorRow> Results)
{
    public string PageUrl(int page) =>
        $"/staff/mentors?status={Status}&specialty={Uri.EscapeDataString(Specialty ?? string.Empty)}&page={page}";
}

public sealed record StaffMentorViewModel(MentorRecord Mentor, MentorEditInputModel Input);

public sealed record StaffRequestListViewModel(RequestStatus? Status, PagedResult<RequestRow> Results)
{
    public string PageUrl(int page) => $"/staff/requests?status={Status}&page={page}";
}
