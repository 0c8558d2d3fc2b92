using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Auditing;

/// <summary>What the audit page filters by. All optional; dates are inclusive days (UTC).</summary>
public sealed record AuditFilter(string? EntityType, string? Actor, DateOnly? From, DateOnly? To);
