using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PairingLogEntryConfiguration : IEntityTypeConfiguration<PairingLogEntry>
{
    public void Configure(EntityTypeBuilder<PairingLogEntry> builder)
    {
        builder.Property(e => e.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.Side).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Note).HasMaxLength(LogRules.MaxNoteLength).IsRequired();

        // The page lists a pairing's log newest first; the stuck-pairing check looks for its meetings.
        builder.HasIndex(e => new { e.PairingId, e.Kind, e.OccurredOn });
        builder.HasOne<Pairing>().WithMany().HasForeignKey(e => e.PairingId).OnDelete(DeleteBehavior.Cascade);
    }
}
