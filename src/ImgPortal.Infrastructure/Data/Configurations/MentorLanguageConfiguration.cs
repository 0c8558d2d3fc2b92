using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentorLanguageConfiguration : IEntityTypeConfiguration<MentorLanguage>
{
    public void Configure(EntityTypeBuilder<MentorLanguage> builder)
    {
        builder.HasKey(l => new { l.MentorId, l.Language });
        builder.Property(l => l.Language).HasMaxLength(40);

        // "Mentors who speak X": a seek on Language, then the mentor ids.
        builder.HasIndex(l => new { l.Language, l.MentorId });
    }
}
