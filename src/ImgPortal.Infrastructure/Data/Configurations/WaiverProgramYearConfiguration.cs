using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class WaiverProgramYearConfiguration : IEntityTypeConfiguration<WaiverProgramYear>
{
    public void Configure(EntityTypeBuilder<WaiverProgramYear> builder)
    {
        builder.Property(w => w.ProgramName).HasMaxLength(WaiverProgramYear.ProgramNameMaxLength).IsRequired();
        builder.Property(w => w.Notes).HasMaxLength(WaiverProgramYear.NotesMaxLength).IsRequired();
        builder.Property(w => w.Source).HasMaxLength(WaiverProgramYear.SourceMaxLength).IsRequired();
        builder.Property(w => w.SourceUrl).HasMaxLength(WaiverProgramYear.SourceUrlMaxLength).IsRequired();
        builder.Property(w => w.CycleStatus).HasConversion<string>().HasMaxLength(20).HasDefaultValue(Core.Waivers.WaiverCycleStatus.Unknown);
        builder.Property(w => w.Version).IsConcurrencyToken();
        builder.HasIndex(w => new { w.ProgramName, w.Year }).IsUnique();
    }
}
