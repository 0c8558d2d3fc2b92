using ImgPortal.Core.Alerts;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class AlertSubscriptionConfiguration : IEntityTypeConfiguration<AlertSubscription>
{
    public void Configure(EntityTypeBuilder<AlertSubscription> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Delivery).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Topics).HasMaxLength(AlertSubscription.TopicsMaxLength).IsRequired();
        builder.Property(s => s.States).HasMaxLength(AlertSubscription.StatesMaxLength).IsRequired();
        builder.HasIndex(s => s.Delivery);
        builder.Ignore(s => s.TopicKeys);
        builder.Ignore(s => s.StateCodes);

        // A deleted account takes its follow settings with it: nobody is alerted after deleting their account.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
