using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class PairingConfiguration : IEntityTypeConfiguration<Pairing>
{
    public void Configure(EntityTypeBuilder<Pairing> builder)
    {
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.EndedBy).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Reason).HasMaxLength(MentoringLimits.Reason).IsRequired();

        // Counting a mentor's held places, and staff's counts by state.
        builder.HasIndex(p => new { p.MentorId, p.State });
        builder.HasIndex(p => new { p.MenteeRequestId, p.State });
        builder.HasIndex(p => p.State);
        builder.HasMany(p => p.Feedback).WithOne().HasForeignKey(f => f.PairingId).OnDelete(DeleteBehavior.Cascade);
    }
}
