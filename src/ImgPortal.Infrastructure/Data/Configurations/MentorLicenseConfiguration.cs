using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentorLicenseConfiguration : IEntityTypeConfiguration<MentorLicense>
{
    public void Configure(EntityTypeBuilder<MentorLicense> builder)
    {
        builder.Property(l => l.State).HasMaxLength(2).IsRequired();
        builder.Property(l => l.Number).HasMaxLength(MentoringLimits.LicenseNumber).IsRequired();

        // Staff's to-do list looks for licenses near expiry.
        builder.HasIndex(l => l.ExpiresOn);
    }
}
