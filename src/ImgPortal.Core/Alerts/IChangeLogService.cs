using ImgPortal.Core.Common;

namespace ImgPortal.Core.Alerts;

/// <summary>The public change log (<c>/changes</c> and <c>/changes.atom</c>), newest first.</summary>
public interface IChangeLogService
{
    /// <summary>One page of changes, optionally of one topic and one state.</summary>
    Task<PagedResult<ChangeRow>> ListAsync(string? topic, string? state, int page, int pageSize, CancellationToken cancellationToken = default);
}
