using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.HasKey(f => f.UserId);
        builder.Property(f => f.UserId).HasMaxLength(450);
        builder.Property(f => f.TokenHash).HasMaxLength(CalendarFeed.TokenHashLength).IsRequired();

        // The feed is found by its token's hash.
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<CalendarFeed>(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
