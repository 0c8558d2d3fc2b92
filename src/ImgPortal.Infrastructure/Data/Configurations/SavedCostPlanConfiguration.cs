using ImgPortal.Core.Costs;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class SavedCostPlanConfiguration : IEntityTypeConfiguration<SavedCostPlan>
{
    public void Configure(EntityTypeBuilder<SavedCostPlan> builder)
    {
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.Property(p => p.Query).HasMaxLength(SavedCostPlan.QueryMaxLength).IsRequired();

        // One plan per member; it goes with the account.
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<SavedCostPlan>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
