using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PairingNoticeConfiguration : IEntityTypeConfiguration<PairingNotice>
{
    public void Configure(EntityTypeBuilder<PairingNotice> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);

        // Each e-mail about a pairing goes once: a second insert of the same kind fails.
        builder.HasIndex(n => new { n.PairingId, n.Kind }).IsUnique();
        builder.HasOne<Pairing>().WithMany().HasForeignKey(n => n.PairingId).OnDelete(DeleteBehavior.Cascade);
    }
}
