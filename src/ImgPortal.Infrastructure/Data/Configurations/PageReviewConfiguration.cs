using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PageReviewConfiguration : IEntityTypeConfiguration<PageReview>
{
    public void Configure(EntityTypeBuilder<PageReview> builder)
    {
        builder.Property(r => r.ReviewedByUserId).HasMaxLength(450);
        builder.Property(r => r.ReviewedByName).HasMaxLength(PageRules.OwnerNameMaxLength).IsRequired();
        builder.Property(r => r.SourcesChecked).HasMaxLength(PageRules.SourcesCheckedMaxLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(PageRules.ReviewNoteMaxLength).IsRequired();
        builder.HasIndex(r => new { r.GuidancePageId, r.ReviewedAtUtc });
        builder.HasOne<GuidancePage>().WithMany().HasForeignKey(r => r.GuidancePageId).OnDelete(DeleteBehavior.Cascade);
    }
}
