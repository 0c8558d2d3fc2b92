using ImgPortal.Core.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ResidencyProgramConfiguration : IEntityTypeConfiguration<ResidencyProgram>
{
    public void Configure(EntityTypeBuilder<ResidencyProgram> builder)
    {
        builder.ToTable("Programs");
        builder.Property(p => p.Key).HasMaxLength(ResidencyProgram.KeyMaxLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(ResidencyProgram.NameMaxLength).IsRequired();
        builder.Property(p => p.Specialty).HasMaxLength(ResidencyProgram.SpecialtyMaxLength).IsRequired();
        builder.Property(p => p.SponsoringInstitution).HasMaxLength(ResidencyProgram.SponsoringInstitutionMaxLength).IsRequired();
        builder.Property(p => p.Area).HasMaxLength(ResidencyProgram.AreaMaxLength).IsRequired();
        builder.Property(p => p.City).HasMaxLength(ResidencyProgram.CityMaxLength).IsRequired();
        builder.Property(p => p.AcgmeNumber).HasMaxLength(ResidencyProgram.AcgmeNumberMaxLength);
        builder.Property(p => p.Website).HasMaxLength(ResidencyProgram.WebsiteMaxLength).IsRequired();
        builder.Property(p => p.ExistenceSource).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.J1).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.J1Source).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.H1b).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.H1bSource).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.YearsSinceGraduation).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.YearsSinceGraduationSource).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.ExamAttempts).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ExamAttemptsSource).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.ClinicalExperience).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ClinicalExperienceSource).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.ScoreMinimums).HasMaxLength(ResidencyProgram.ScoreMinimumsMaxLength).IsRequired();
        builder.Property(p => p.ScoreMinimumsSource).HasMaxLength(ResidencyProgram.SourceMaxLength).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.SeededHash).HasMaxLength(64);
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => new { p.Specialty, p.Area });
        builder.HasIndex(p => p.Name);
        builder.HasIndex(p => p.LastConfirmedByProgram);
    }
}
