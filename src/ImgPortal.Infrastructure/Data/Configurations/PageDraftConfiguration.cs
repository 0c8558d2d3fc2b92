using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PageDraftConfiguration : IEntityTypeConfiguration<PageDraft>
{
    public void Configure(EntityTypeBuilder<PageDraft> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(200).IsRequired();
        builder.Property(d => d.Summary).HasMaxLength(1000).IsRequired();
        builder.Property(d => d.BodyMarkdown).IsRequired();
        builder.Property(d => d.SectionsJson).IsRequired();
        builder.Property(d => d.UpdatedByUserId).HasMaxLength(450);
        builder.Property(d => d.UpdatedByName).HasMaxLength(256).IsRequired();
        builder.Property(d => d.ChangeNote).HasMaxLength(PageRules.ChangeNoteMaxLength).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();

        // One draft per page: two first saves racing each other cannot both insert one.
        builder.HasIndex(d => d.GuidancePageId).IsUnique();
        builder.HasIndex(d => d.ScheduledPublishAtUtc);
        builder.HasOne(d => d.Page).WithMany().HasForeignKey(d => d.GuidancePageId).OnDelete(DeleteBehavior.Cascade);
    }
}
