using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ImgProfileConfiguration : IEntityTypeConfiguration<ImgProfile>
{
    public void Configure(EntityTypeBuilder<ImgProfile> builder)
    {
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<ImgProfile>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.MedicalSchoolCountry).HasMaxLength(ImgProfile.MedicalSchoolCountryMaxLength).IsRequired();
        builder.Property(p => p.MedicalSchoolName).HasMaxLength(ImgProfile.MedicalSchoolNameMaxLength).IsRequired();
        builder.Property(p => p.EcfmgStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Step1Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CurrentVisa).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.VisaNeed).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.Stage);
        builder.HasIndex(p => p.VisaNeed);
        builder.HasIndex(p => p.WantsMentor);
        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
