using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentorTrainingCountryConfiguration : IEntityTypeConfiguration<MentorTrainingCountry>
{
    public void Configure(EntityTypeBuilder<MentorTrainingCountry> builder)
    {
        builder.HasKey(c => new { c.MentorId, c.Country });
        builder.Property(c => c.Country).HasMaxLength(MentoringCatalog.MaxCountryLength);
        builder.HasIndex(c => new { c.Country, c.MentorId });
    }
}
