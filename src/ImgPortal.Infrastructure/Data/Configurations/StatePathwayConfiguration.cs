using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class StatePathwayConfiguration : IEntityTypeConfiguration<StatePathway>
{
    public void Configure(EntityTypeBuilder<StatePathway> builder)
    {
        builder.Property(s => s.State).HasMaxLength(StatePathway.StateMaxLength).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(StatePathway.NameMaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.BillCitation).HasMaxLength(StatePathway.CitationMaxLength).IsRequired();
        builder.Property(s => s.StatuteCitation).HasMaxLength(StatePathway.CitationMaxLength).IsRequired();
        foreach (var requirement in PathwayRequirements.All)
        {
            builder.Property<string>(requirement.Name).HasMaxLength(StatePathway.RequirementMaxLength).IsRequired();
            builder.Property<RequirementStatus>(requirement.StatusName).HasConversion<string>().HasMaxLength(20);
        }

        builder.Property(s => s.Summary).HasMaxLength(StatePathway.SummaryMaxLength).IsRequired();
        builder.Property(s => s.Sources).HasMaxLength(StatePathway.SourcesMaxLength).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.SeededHash).HasMaxLength(64);
        builder.HasIndex(s => new { s.State, s.Status });
        builder.HasIndex(s => new { s.Status, s.Kind });
    }
}
