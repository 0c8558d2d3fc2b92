using ImgPortal.Core.Programs.Lca;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class LcaEmployerMatchConfiguration : IEntityTypeConfiguration<LcaEmployerMatch>
{
    public void Configure(EntityTypeBuilder<LcaEmployerMatch> builder)
    {
        builder.ToTable("LcaEmployerMatches");
        builder.Property(m => m.NormalizedEmployer).HasMaxLength(LcaEmployerMatch.NameMaxLength).IsRequired();
        builder.Property(m => m.InstitutionName).HasMaxLength(LcaEmployerMatch.NameMaxLength).IsRequired();
        builder.Property(m => m.NormalizedInstitution).HasMaxLength(LcaEmployerMatch.NameMaxLength).IsRequired();
        builder.Property(m => m.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.DecidedByUserId).HasMaxLength(450);

        // Each pair is decided once; the program page finds an institution's confirmed employers.
        builder.HasIndex(m => new { m.NormalizedEmployer, m.NormalizedInstitution }).IsUnique();
        builder.HasIndex(m => new { m.NormalizedInstitution, m.Decision });
    }
}
