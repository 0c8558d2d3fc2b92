using ImgPortal.Core.Dashboard;

namespace ImgPortal.Web.ViewModels.Staff;

public sealed record DashboardViewModel(
    IReadOnlyList<ToDoItem> ToDo,
    BarChartViewModel MembersByStage,
    BarChartViewModel RequestsByMonth,
    BarChartViewModel PairingsByMonth,
    BarChartViewModel WaiverFigures, BarChartViewModel ReviewAge, IReadOnlyList<OverduePage> OverduePages);
