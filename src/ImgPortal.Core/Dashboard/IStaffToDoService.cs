using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

/// <summary>What staff should do today, with counts, for the top of the staff home.</summary>
public interface IStaffToDoService
{
    Task<IReadOnlyList<ToDoItem>> GetAsync(CancellationToken cancellationToken = default);
}
