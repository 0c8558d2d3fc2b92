using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        // No foreign key to the account: deleting it anonymizes the mentor (MentoringErasure) and keeps the history.
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        builder.Property(m => m.DisplayName).HasMaxLength(MentoringLimits.DisplayName).IsRequired();
        builder.Property(m => m.Specialty).HasMaxLength(60).IsRequired();
        builder.Property(m => m.Hospital).HasMaxLength(MentoringLimits.Hospital).IsRequired();
        builder.Property(m => m.County).HasMaxLength(MentoringLimits.County).IsRequired();
        builder.Property(m => m.State).HasMaxLength(2).IsRequired();
        builder.Property(m => m.MeetingPreference).HasMaxLength(MentoringLimits.MeetingPreference).IsRequired();
        builder.Property(m => m.Bio).HasMaxLength(MentoringLimits.Bio).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.StatusReason).HasMaxLength(MentoringLimits.Reason).IsRequired();
        builder.Property(m => m.Npi).HasMaxLength(NpiRules.Length).IsRequired();
        builder.Property(m => m.BoardCertification).HasMaxLength(MentoringLimits.BoardCertification).IsRequired();
        builder.Property(m => m.Version).IsConcurrencyToken();

        // The directory seeks approved mentors by specialty and state, specialty, state or none, and reads them in
        // name order, so a deep page is an index walk, not a sort; specialty and state together have their own
        // index, so a rare pair reads only its own entries (docs/performance.md, "Directory and roadmap").
        // ListInDirectory ends each key: EF tests the bool column bare ("AND ListInDirectory"), which no seek can
        // use, but in the index it lets the bounded count be answered from the index alone, reading no row.
        builder.HasIndex(m => new { m.Status, m.Specialty, m.State, m.DisplayName, m.ListInDirectory });
        builder.HasIndex(m => new { m.Status, m.Specialty, m.DisplayName, m.ListInDirectory });
        builder.HasIndex(m => new { m.Status, m.State, m.DisplayName, m.ListInDirectory });
        builder.HasIndex(m => new { m.Status, m.DisplayName, m.ListInDirectory });
        builder.HasIndex(m => new { m.Status, m.AppliedAtUtc });

        builder.HasMany(m => m.Languages).WithOne().HasForeignKey(l => l.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Licenses).WithOne().HasForeignKey(l => l.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.VettingChecks).WithOne().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.TrainingCountries).WithOne().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.PastApplications).WithOne().HasForeignKey(a => a.MentorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Pairings).WithOne(p => p.Mentor).HasForeignKey(p => p.MentorId).OnDelete(DeleteBehavior.Restrict);
    }
}
