using ImgPortal.Core.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentoringSettingsConfiguration : IEntityTypeConfiguration<MentoringSettings>
{
    public void Configure(EntityTypeBuilder<MentoringSettings> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Version).IsConcurrencyToken();
    }
}
