using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class VettingCheckConfiguration : IEntityTypeConfiguration<VettingCheck>
{
    public void Configure(EntityTypeBuilder<VettingCheck> builder)
    {
        builder.Property(c => c.Item).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.CheckedBy).HasMaxLength(256).IsRequired();

        // One row per checklist item: ticking again updates it.
        builder.HasIndex(c => new { c.MentorId, c.Item }).IsUnique();
    }
}
