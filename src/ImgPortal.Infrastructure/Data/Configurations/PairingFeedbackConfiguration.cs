using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PairingFeedbackConfiguration : IEntityTypeConfiguration<PairingFeedback>
{
    public void Configure(EntityTypeBuilder<PairingFeedback> builder)
    {
        builder.ToTable("PairingFeedback");
        builder.Property(f => f.Side).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(f => f.Comment).HasMaxLength(MentoringLimits.Comment).IsRequired();

        // One piece of feedback per person per pairing.
        builder.HasIndex(f => new { f.PairingId, f.AuthorUserId }).IsUnique();
    }
}
