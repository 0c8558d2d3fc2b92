using ImgPortal.Core.Common;
using ImgPortal.Core.Records;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Records;

/// <summary>One page of a record type's list.</summary>
public sealed record RecordListViewModel(RecordType Type, PagedResult<RecordView> Records)
{
    /// <summary>The pager's links stay on this type's list.</summary>
    public IReadOnlyDictionary<string, string?> PagerRoute => new Dictionary<string, string?> { ["type"] = Type.Slug };
}
