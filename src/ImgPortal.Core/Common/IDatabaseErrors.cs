using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Common;

/// <summary>Reads what a failed save means, in the provider's own terms (implemented in Infrastructure).</summary>
public interface IDatabaseErrors
{
    /// <summary>True when <paramref name="exception"/> was caused by a unique index or key refusing a duplicate value.</summary>
    bool IsUniqueViolation(DbUpdateException exception);
}
