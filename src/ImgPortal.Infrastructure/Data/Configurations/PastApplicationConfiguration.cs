using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PastApplicationConfiguration : IEntityTypeConfiguration<PastApplication>
{
    public void Configure(EntityTypeBuilder<PastApplication> builder)
    {
        builder.Property(a => a.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Reason).HasMaxLength(MentoringLimits.Reason).IsRequired();
        builder.HasIndex(a => a.MentorId);
    }
}
