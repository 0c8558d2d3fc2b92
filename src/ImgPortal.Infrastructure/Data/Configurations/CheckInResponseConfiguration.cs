using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class CheckInResponseConfiguration : IEntityTypeConfiguration<CheckInResponse>
{
    public void Configure(EntityTypeBuilder<CheckInResponse> builder)
    {
        builder.Property(r => r.Side).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Milestone).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Answer).HasConversion<string>().HasMaxLength(20);

        // One answer per side per check-in; the stuck-pairing check filters on the answer.
        builder.HasIndex(r => new { r.PairingId, r.Side, r.Milestone }).IsUnique();
        builder.HasIndex(r => r.Answer);
        builder.HasOne<Pairing>().WithMany().HasForeignKey(r => r.PairingId).OnDelete(DeleteBehavior.Cascade);
    }
}
