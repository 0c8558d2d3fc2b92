using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class GuidancePageConfiguration : IEntityTypeConfiguration<GuidancePage>
{
    public void Configure(EntityTypeBuilder<GuidancePage> builder)
    {
        builder.Property(p => p.Slug).HasMaxLength(PageRules.SlugMaxLength).IsRequired();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Title).HasMaxLength(PageRules.TitleMaxLength).IsRequired();
        builder.Property(p => p.Summary).HasMaxLength(PageRules.SummaryMaxLength).IsRequired();
        builder.Property(p => p.BodyMarkdown).IsRequired();
        builder.Property(p => p.BodyHtml).IsRequired();
        builder.Property(p => p.Source).HasMaxLength(PageRules.SourceMaxLength).IsRequired();
        builder.Property(p => p.Feature).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.SortOrder);
        builder.Property(p => p.NavigationLabel).HasMaxLength(PageRules.NavigationLabelMaxLength);
        builder.Property(p => p.OwnerUserId).HasMaxLength(450);
        builder.Property(p => p.OwnerName).HasMaxLength(PageRules.OwnerNameMaxLength).IsRequired();
        builder.Property(p => p.ReviewIntervalMonths).HasDefaultValue(PageRules.DefaultReviewIntervalMonths);
        builder.Property(p => p.RetiredRedirectTo).HasMaxLength(PageRules.RedirectMaxLength);
        builder.HasIndex(p => p.RetiredAtUtc);
        builder.Property(p => p.SeededTextHash).HasMaxLength(64);
        builder.HasMany(p => p.Sections)
            .WithOne(s => s.Page)
            .HasForeignKey(s => s.GuidancePageId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}
