using ImgPortal.Core.Profiles.Outcomes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MemberOutcomeConfiguration : IEntityTypeConfiguration<MemberOutcome>
{
    public void Configure(EntityTypeBuilder<MemberOutcome> builder)
    {
        // No foreign key to the account: deleting it gives the outcomes the anonymous id of the member's mentoring history.
        builder.Property(o => o.UserId).HasMaxLength(450).IsRequired();
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(o => o.Program).HasMaxLength(OutcomeRules.MaxProgramLength);
        builder.Property(o => o.Specialty).HasMaxLength(60);
        builder.Property(o => o.State).HasMaxLength(2);
        builder.HasIndex(o => o.UserId);
    }
}
