using ImgPortal.Core.Dashboard;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record DashboardViewModel(
    BarChartViewModel MembersByStage,
    BarChartViewModel RequestsByMonth,
    BarChartViewModel PairingsByMonth,
    BarChartViewModel WaiverFigures, BarChartViewModel ReviewAge, IReadOnlyList<OverduePage> OverduePages);
