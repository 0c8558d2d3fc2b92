using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MenteeRequestConfiguration : IEntityTypeConfiguration<MenteeRequest>
{
    public void Configure(EntityTypeBuilder<MenteeRequest> builder)
    {
        // No foreign key to the account: deleting it anonymizes the request (MentoringErasure) and keeps the history.
        builder.Property(r => r.MemberUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.DisplayName).HasMaxLength(MentoringLimits.DisplayName).IsRequired();
        builder.Property(r => r.PreferredSpecialty).HasMaxLength(60);
        builder.Property(r => r.Language).HasMaxLength(40);
        builder.Property(r => r.State).HasMaxLength(2);
        builder.Property(r => r.County).HasMaxLength(MentoringLimits.County).IsRequired();
        builder.Property(r => r.CountryOfTraining).HasMaxLength(MentoringLimits.Country).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(MentoringLimits.Note).IsRequired();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasIndex(r => new { r.MemberUserId, r.Status });
        builder.HasIndex(r => new { r.Status, r.CreatedAtUtc });
        builder.HasMany(r => r.Pairings).WithOne(p => p.Request).HasForeignKey(p => p.MenteeRequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
