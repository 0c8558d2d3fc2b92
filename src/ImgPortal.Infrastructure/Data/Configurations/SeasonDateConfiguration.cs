using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class SeasonDateConfiguration : IEntityTypeConfiguration<SeasonDate>
{
    public void Configure(EntityTypeBuilder<SeasonDate> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(SeasonDate.TitleMaxLength).IsRequired();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Notes).HasMaxLength(SeasonDate.NotesMaxLength).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Cycle, d.Date });
    }
}
