using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ProfileTagConfiguration : IEntityTypeConfiguration<ProfileTag>
{
    public void Configure(EntityTypeBuilder<ProfileTag> builder)
    {
        builder.Property(t => t.UserId).HasMaxLength(450).IsRequired();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Value).HasMaxLength(ProfileTag.ValueMaxLength).IsRequired();
        builder.HasIndex(t => new { t.UserId, t.Kind, t.Value }).IsUnique();

        // Staff filter by specialty and by state: "which members have this value of this kind".
        builder.HasIndex(t => new { t.Kind, t.Value });
    }
}
