using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

/// <summary>The portal's own columns on Identity's user table.</summary>
public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(AccountLimits.DisplayNameMaxLength);
    }
}
