using ImgPortal.Core.Programs.Lca;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class LcaFilingConfiguration : IEntityTypeConfiguration<LcaFiling>
{
    public void Configure(EntityTypeBuilder<LcaFiling> builder)
    {
        builder.ToTable("LcaFilings");
        builder.Property(f => f.EmployerName).HasMaxLength(LcaFiling.EmployerMaxLength).IsRequired();
        builder.Property(f => f.NormalizedEmployer).HasMaxLength(LcaFiling.EmployerMaxLength).IsRequired();

        // One count per fiscal year and employer; the program page looks filings up by employer.
        builder.HasIndex(f => new { f.FiscalYear, f.NormalizedEmployer }).IsUnique();
        builder.HasIndex(f => f.NormalizedEmployer);
        builder.HasOne<LcaImport>().WithMany().HasForeignKey(f => f.LcaImportId).OnDelete(DeleteBehavior.Restrict);
    }
}
