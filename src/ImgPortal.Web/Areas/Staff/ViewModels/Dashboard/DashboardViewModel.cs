using ImgPortal.Core.Dashboard;
using ImgPortal.Web.Rendering;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Dashboard;

public sealed record DashboardViewModel(
    IReadOnlyList<ToDoItem> ToDo,
    BarChart MembersByStage,
    BarChart RequestsByMonth,
    BarChart PairingsByMonth,
    BarChart WaiverFigures, BarChart ReviewAge, IReadOnlyList<OverduePage> OverduePages);
