using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Mentoring.Requests;

public sealed class StaffRequestService(IAppDbContext db, ICurrentUser currentUser, IOptions<MentoringOptions> options) : IStaffRequestService
{
    public async Task<PagedResult<RequestRow>> ListRequestsAsync(RequestStatus? status, int page, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var requests = db.MenteeRequests.AsNoTracking();
        if (status is { } s)
        {
            requests = requests.Where(r => r.Status == s);
        }

        var pageSize = MentoringPaging.StaffPageSize;
        var total = await requests.CountAsync(cancellationToken);
        var rows = await requests
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(r => new RequestRow(r.Id, r.DisplayName, r.HelpAreas, r.PreferredSpecialty, r.Language, r.State, r.Status, r.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<RequestRow>(rows, page, pageSize, total);
    }

    public async Task<RequestRecord?> GetRequestAsync(int id, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff)
        {
            return null;
        }

        var request = await db.MenteeRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var pairings = await PairingViewQuery.Of(db.Pairings.Where(p => p.MenteeRequestId == id)).ToListAsync(cancellationToken);
        var suggestions = request.Status == RequestStatus.Open
            ? await Suggestions.ForAsync(db, request, options.Value.SuggestionCount, cancellationToken)
            : [];
        return new RequestRecord(request.Id, request.MemberUserId, RequestRules.Details(request), request.Status, request.CreatedAtUtc,
            request.MatchedAtUtc, pairings, suggestions);
    }
}
