using ImgPortal.Core.SourceWatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class TrackedSourceConfiguration : IEntityTypeConfiguration<TrackedSource>
{
    public void Configure(EntityTypeBuilder<TrackedSource> builder)
    {
        builder.Property(s => s.Url).HasMaxLength(TrackedSource.UrlMaxLength).IsRequired();
        builder.Property(s => s.Host).HasMaxLength(TrackedSource.HostMaxLength).IsRequired();
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.MovedTo).HasMaxLength(TrackedSource.UrlMaxLength);
        builder.Property(s => s.ETag).HasMaxLength(TrackedSource.ValidatorMaxLength);
        builder.Property(s => s.LastModified).HasMaxLength(TrackedSource.ValidatorMaxLength);
        builder.Property(s => s.TextHash).HasMaxLength(64);
        builder.HasIndex(s => s.Url).IsUnique();
        builder.HasIndex(s => new { s.Cited, s.Id });
        builder.HasMany(s => s.Citations).WithOne(c => c.Source).HasForeignKey(c => c.TrackedSourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SourceCitationConfiguration : IEntityTypeConfiguration<SourceCitation>
{
    public void Configure(EntityTypeBuilder<SourceCitation> builder)
    {
        builder.Property(c => c.ItemKind).HasMaxLength(SourceCitation.KindMaxLength).IsRequired();
        builder.Property(c => c.ItemKey).HasMaxLength(SourceCitation.KeyMaxLength).IsRequired();
        builder.Property(c => c.ItemTitle).HasMaxLength(SourceCitation.TitleMaxLength).IsRequired();
        builder.Property(c => c.EditPath).HasMaxLength(SourceCitation.EditPathMaxLength).IsRequired();
        builder.HasIndex(c => new { c.TrackedSourceId, c.ItemKind, c.ItemKey }).IsUnique();
    }
}

public sealed class SourceCheckConfiguration : IEntityTypeConfiguration<SourceCheck>
{
    public void Configure(EntityTypeBuilder<SourceCheck> builder)
    {
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.TextHash).HasMaxLength(64);
        builder.Property(c => c.Detail).HasMaxLength(SourceCheck.DetailMaxLength).IsRequired();
        builder.HasOne<TrackedSource>().WithMany().HasForeignKey(c => c.TrackedSourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TrackedSourceId, c.Id });
    }
}

public sealed class SourceReviewTaskConfiguration : IEntityTypeConfiguration<SourceReviewTask>
{
    public void Configure(EntityTypeBuilder<SourceReviewTask> builder)
    {
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Resolution).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Detail).HasMaxLength(SourceReviewTask.DetailMaxLength).IsRequired();
        builder.Property(t => t.Note).HasMaxLength(SourceReviewTask.NoteMaxLength).IsRequired();
        builder.Property(t => t.ResolvedByUserId).HasMaxLength(450);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Source).WithMany().HasForeignKey(t => t.TrackedSourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.ResolvedAtUtc, t.TrackedSourceId });
    }
}
