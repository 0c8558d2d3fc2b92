using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class DraftCommentConfiguration : IEntityTypeConfiguration<DraftComment>
{
    public void Configure(EntityTypeBuilder<DraftComment> builder)
    {
        builder.Property(c => c.AuthorUserId).HasMaxLength(450);
        builder.Property(c => c.AuthorName).HasMaxLength(PageRules.OwnerNameMaxLength).IsRequired();
        builder.Property(c => c.Text).HasMaxLength(DraftComment.TextMaxLength).IsRequired();
        builder.HasIndex(c => new { c.PageDraftId, c.WrittenAtUtc });

        // Not tied to the draft row: comments outlive the draft they were about, as its history (ADR 0093).
        builder.HasOne<GuidancePage>().WithMany().HasForeignKey(c => c.GuidancePageId).OnDelete(DeleteBehavior.Cascade);
    }
}
