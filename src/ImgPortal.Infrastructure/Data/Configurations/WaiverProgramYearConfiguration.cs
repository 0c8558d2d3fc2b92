using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class WaiverProgramYearConfiguration : IEntityTypeConfiguration<WaiverProgramYear>
{
    public void Configure(EntityTypeBuilder<WaiverProgramYear> builder)
    {
        builder.Property(w => w.ProgramName).HasMaxLength(120).IsRequired();
        builder.Property(w => w.Notes).HasMaxLength(2000).IsRequired();
        builder.Property(w => w.Source).HasMaxLength(500).IsRequired();
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => new { w.ProgramName, w.Year }).IsUnique();
    }
}
