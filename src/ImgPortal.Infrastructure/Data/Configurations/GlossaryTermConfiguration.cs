using ImgPortal.Core.Glossary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.Property(t => t.Term).HasMaxLength(GlossaryTerm.TermMaxLength).IsRequired();
        builder.Property(t => t.LongForm).HasMaxLength(GlossaryTerm.LongFormMaxLength).IsRequired();
        builder.Property(t => t.Definition).HasMaxLength(GlossaryTerm.DefinitionMaxLength).IsRequired();
        builder.Property(t => t.SourceUrl).HasMaxLength(GlossaryTerm.SourceUrlMaxLength).IsRequired();
        builder.Property(t => t.SourceTitle).HasMaxLength(GlossaryTerm.SourceTitleMaxLength).IsRequired();
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.SeededHash).HasMaxLength(64);
        builder.HasIndex(t => t.Term).IsUnique();
    }
}
