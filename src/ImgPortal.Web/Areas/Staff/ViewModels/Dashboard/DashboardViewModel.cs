using ImgPortal.Core.Dashboard;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Dashboard;

public sealed record DashboardViewModel(
    IReadOnlyList<ToDoItem> ToDo,
    BarChartViewModel MembersByStage,
    BarChartViewModel RequestsByMonth,
    BarChartViewModel PairingsByMonth,
    BarChartViewModel WaiverFigures, BarChartViewModel ReviewAge, IReadOnlyList<OverduePage> OverduePages);
