using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PageRevisionConfiguration : IEntityTypeConfiguration<PageRevision>
{
    public void Configure(EntityTypeBuilder<PageRevision> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Summary).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.BodyMarkdown).IsRequired();
        builder.Property(r => r.SectionsJson).IsRequired();
        builder.Property(r => r.PublishedByUserId).HasMaxLength(450);
        builder.Property(r => r.PublishedByName).HasMaxLength(256).IsRequired();
        builder.Property(r => r.ChangeNote).HasMaxLength(PageRules.ChangeNoteMaxLength).IsRequired();
        builder.HasIndex(r => new { r.GuidancePageId, r.Number }).IsUnique();
        builder.HasOne<GuidancePage>().WithMany().HasForeignKey(r => r.GuidancePageId).OnDelete(DeleteBehavior.Cascade);
    }
}
