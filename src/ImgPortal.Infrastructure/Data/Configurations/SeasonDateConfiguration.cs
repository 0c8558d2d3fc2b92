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
        // Rows saved before these columns existed read as Other; a new row always sends its own value (the sentinel never occurs).
        builder.Property(d => d.Organization).HasConversion<string>().HasMaxLength(20)
            .HasDefaultValue(DateOrganization.Other).HasSentinel((DateOrganization)(-1));
        builder.Property(d => d.Sources).HasMaxLength(SeasonDate.SourcesMaxLength).IsRequired();
        builder.Property(d => d.UsuallyWhen).HasMaxLength(SeasonDate.UsuallyWhenMaxLength).IsRequired();
        builder.Property(d => d.Milestone).HasConversion<string>().HasMaxLength(40)
            .HasDefaultValue(DateMilestone.Other).HasSentinel((DateMilestone)(-1));
        builder.Ignore(d => d.NotAnnouncedTicked);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Property(d => d.SeededHash).HasMaxLength(64);
        builder.HasIndex(d => new { d.Cycle, d.Date });
    }
}
