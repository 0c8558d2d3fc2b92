using ImgPortal.Core.Waivers;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class WaiverTimelinePlanConfiguration : IEntityTypeConfiguration<WaiverTimelinePlan>
{
    public void Configure(EntityTypeBuilder<WaiverTimelinePlan> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<WaiverTimelinePlan>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
