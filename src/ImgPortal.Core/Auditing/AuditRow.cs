using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Auditing;

public sealed record AuditRow(
    long Id, DateTime AtUtc, string ActorName, AuditAction Action, string EntityType, string EntityKey, string? BeforeJson, string? AfterJson);
