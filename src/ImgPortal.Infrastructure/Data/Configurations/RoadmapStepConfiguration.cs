using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class RoadmapStepConfiguration : IEntityTypeConfiguration<RoadmapStep>
{
    public void Configure(EntityTypeBuilder<RoadmapStep> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(RoadmapStep.KeyMaxLength).IsRequired();
        builder.HasIndex(s => s.Key).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(RoadmapStep.TitleMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(RoadmapStep.DescriptionMaxLength).IsRequired();
        builder.Property(s => s.Sources).HasMaxLength(RoadmapStep.SourcesMaxLength).IsRequired();
        builder.Property(s => s.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.GuidanceSlug).HasMaxLength(RoadmapStep.GuidanceSlugMaxLength).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.SeededHash).HasMaxLength(64);
        builder.HasIndex(s => s.SortOrder);
    }
}
