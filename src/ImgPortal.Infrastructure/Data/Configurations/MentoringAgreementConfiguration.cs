using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Agreements;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentoringAgreementConfiguration : IEntityTypeConfiguration<MentoringAgreement>
{
    public void Configure(EntityTypeBuilder<MentoringAgreement> builder)
    {
        builder.Property(a => a.Goals).HasMaxLength(AgreementRules.MaxGoalsLength).IsRequired();
        builder.Property(a => a.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ProposedByUserId).HasMaxLength(450).IsRequired();
        builder.Property(a => a.ConfirmedByUserId).HasMaxLength(450);
        builder.Ignore(a => a.IsConfirmed);

        // One agreement per pairing.
        builder.HasIndex(a => a.PairingId).IsUnique();
        builder.HasOne<Pairing>().WithMany().HasForeignKey(a => a.PairingId).OnDelete(DeleteBehavior.Cascade);
    }
}
