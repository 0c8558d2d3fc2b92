using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

public sealed record DashboardData(
    IReadOnlyList<ToDoItem> ToDo,
    IReadOnlyList<LabelledValue> MembersByStage,
    IReadOnlyList<LabelledValue> RequestsByMonth,
    IReadOnlyList<LabelledValue> PairingsByMonth,
    IReadOnlyList<LabelledValue> WaiverFiguresByYear,
    IReadOnlyList<LabelledValue> MonthsSinceReview,
    IReadOnlyList<OverduePage> OverduePages);
