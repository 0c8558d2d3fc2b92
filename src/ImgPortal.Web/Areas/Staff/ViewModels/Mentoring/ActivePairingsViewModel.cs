using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;

/// <summary>The staff pairings page: the filter and one page of active pairings.</summary>
public sealed record ActivePairingsViewModel(bool StuckOnly, PagedResult<StaffPairingRow> Results);
