using ImgPortal.Core.Programs.Lca;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class LcaImportConfiguration : IEntityTypeConfiguration<LcaImport>
{
    public void Configure(EntityTypeBuilder<LcaImport> builder)
    {
        builder.ToTable("LcaImports");
        builder.Property(i => i.FileName).HasMaxLength(LcaImport.FileNameMaxLength).IsRequired();
        builder.Property(i => i.StoredName).HasMaxLength(LcaImport.FileNameMaxLength).IsRequired();
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.UploadedByUserId).HasMaxLength(450);
        builder.Property(i => i.FiscalYears).HasMaxLength(LcaImport.FiscalYearsMaxLength);
        builder.Property(i => i.Message).HasMaxLength(LcaImport.MessageMaxLength);
        builder.Ignore(i => i.Percent);

        // The background job looks for the oldest queued upload.
        builder.HasIndex(i => i.Status);
    }
}
