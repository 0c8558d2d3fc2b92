using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class StatePathwayConfiguration : IEntityTypeConfiguration<StatePathway>
{
    public void Configure(EntityTypeBuilder<StatePathway> builder)
    {
        builder.Property(s => s.State).HasMaxLength(StatePathway.StateMaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(s => s.Description).HasMaxLength(StatePathway.DescriptionMaxLength).IsRequired();
        builder.Property(s => s.Requirements).HasMaxLength(StatePathway.RequirementsMaxLength).IsRequired();
        builder.Property(s => s.Source).HasMaxLength(StatePathway.SourceMaxLength).IsRequired();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => s.State);
    }
}
