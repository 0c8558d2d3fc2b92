using ImgPortal.Core.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.Property(e => e.Topic).HasMaxLength(ChangeLogEntry.TopicMaxLength).IsRequired();
        builder.Property(e => e.State).HasMaxLength(2);
        builder.Property(e => e.Title).HasMaxLength(ChangeLogEntry.TitleMaxLength).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(ChangeLogEntry.SummaryMaxLength).IsRequired();
        builder.Property(e => e.Link).HasMaxLength(ChangeLogEntry.LinkMaxLength).IsRequired();

        // The feed and /changes list newest first, filtered by topic and state; the alert job reads by time.
        builder.HasIndex(e => e.PublishedAtUtc);
        builder.HasIndex(e => new { e.Topic, e.State, e.PublishedAtUtc });
    }
}
