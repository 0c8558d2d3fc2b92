using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PageSectionConfiguration : IEntityTypeConfiguration<PageSection>
{
    public void Configure(EntityTypeBuilder<PageSection> builder)
    {
        builder.Property(s => s.Heading).HasMaxLength(PageRules.HeadingMaxLength).IsRequired();
        builder.Property(s => s.Sources).HasMaxLength(PageRules.SectionSourcesMaxLength).IsRequired();
        builder.Property(s => s.Cycle).HasMaxLength(PageRules.CycleMaxLength).IsRequired();
        builder.Property(s => s.BodyMarkdown).IsRequired();
        builder.Property(s => s.BodyHtml).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => new { s.GuidancePageId, s.SortOrder });
    }
}
