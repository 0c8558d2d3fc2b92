using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MemberStepStateConfiguration : IEntityTypeConfiguration<MemberStepState>
{
    public void Configure(EntityTypeBuilder<MemberStepState> builder)
    {
        builder.HasKey(m => new { m.UserId, m.RoadmapStepId });
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RoadmapStep>().WithMany().HasForeignKey(m => m.RoadmapStepId).OnDelete(DeleteBehavior.Cascade);
    }
}
