using ImgPortal.Core.Programs;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ShortlistedProgramConfiguration : IEntityTypeConfiguration<ShortlistedProgram>
{
    public void Configure(EntityTypeBuilder<ShortlistedProgram> builder)
    {
        builder.HasKey(s => new { s.UserId, s.ProgramId });
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ResidencyProgram>().WithMany().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.ProgramId);
    }
}
