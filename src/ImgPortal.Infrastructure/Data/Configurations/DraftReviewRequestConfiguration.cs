using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class DraftReviewRequestConfiguration : IEntityTypeConfiguration<DraftReviewRequest>
{
    public void Configure(EntityTypeBuilder<DraftReviewRequest> builder)
    {
        builder.Property(r => r.ReviewerUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ReviewerName).HasMaxLength(PageRules.OwnerNameMaxLength).IsRequired();
        builder.Property(r => r.RequestedByUserId).HasMaxLength(450);
        builder.Property(r => r.RequestedByName).HasMaxLength(PageRules.OwnerNameMaxLength).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);

        // The draft's requests, and a reviewer's to-do list.
        builder.HasIndex(r => r.PageDraftId);
        builder.HasIndex(r => new { r.ReviewerUserId, r.Status });

        // Not tied to the draft row: a request outlives the draft it was about, as its history (ADR 0093).
        builder.HasOne<GuidancePage>().WithMany().HasForeignKey(r => r.GuidancePageId).OnDelete(DeleteBehavior.Cascade);
    }
}
