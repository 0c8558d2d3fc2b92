namespace ImgPortal.Core.Auditing;

public enum AuditAction
{
    Added,
    Modified,
    Deleted,
}
