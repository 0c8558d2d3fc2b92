using ImgPortal.Core.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

/// <summary>No relationships on purpose: an entry outlives the user and the record it describes (ADR 0011).</summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.ActorName).HasMaxLength(256).IsRequired();
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.EntityType).HasMaxLength(128).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(256).IsRequired();
        builder.Property(a => a.ActionId).HasMaxLength(AuditEntry.ActionIdLength).IsRequired();
        builder.HasIndex(a => a.ActionId);
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.EntityType, a.AtUtc });
        builder.HasIndex(a => a.ActorName);
    }
}
