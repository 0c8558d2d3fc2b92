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
        // Feedback stored before occasions existed was all given after the close.
        builder.Property(f => f.Occasion).HasConversion<string>().HasMaxLength(20).HasDefaultValue(FeedbackOccasion.AfterClose);
        builder.Property(f => f.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(f => f.Comment).HasMaxLength(MentoringLimits.Comment).IsRequired();

        // Feedback may be given many times while a pairing runs, but once per person after it ended: FeedbackRules'
        // rule, held here too so two posts at once cannot both store it (ADR 0102). The filter's double quotes are
        // standard SQL, read alike by SQLite and SQL Server (whose filtered indexes need QUOTED_IDENTIFIER on anyway).
        builder.HasIndex(f => new { f.PairingId, f.AuthorUserId });
        builder.HasIndex(f => new { f.PairingId, f.AuthorUserId }, "IX_PairingFeedback_OnceAfterClose")
            .IsUnique()
            .HasFilter($"\"{nameof(PairingFeedback.Occasion)}\" = '{nameof(FeedbackOccasion.AfterClose)}'");
    }
}
