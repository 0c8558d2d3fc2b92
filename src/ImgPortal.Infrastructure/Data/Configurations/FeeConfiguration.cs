using ImgPortal.Core.Costs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class FeeConfiguration : IEntityTypeConfiguration<Fee>
{
    public void Configure(EntityTypeBuilder<Fee> builder)
    {
        builder.Property(f => f.Item).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.Scaling).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Purpose).HasMaxLength(Fee.PurposeMaxLength).IsRequired();
        builder.Property(f => f.ChargedBy).HasMaxLength(Fee.ChargedByMaxLength).IsRequired();
        builder.Property(f => f.Currency).HasMaxLength(Fee.CurrencyMaxLength).IsRequired();
        builder.Property(f => f.AmountLow).HasPrecision(12, 2);
        builder.Property(f => f.AmountHigh).HasPrecision(12, 2);
        builder.Property(f => f.Notes).HasMaxLength(Fee.NotesMaxLength).IsRequired();
        builder.Property(f => f.Sources).HasMaxLength(Fee.SourcesMaxLength).IsRequired();
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Property(f => f.SeededHash).HasMaxLength(64);
        builder.Ignore(f => f.IsKnown);

        // The planner reads an item's bands of one cycle.
        builder.HasIndex(f => new { f.Item, f.AppliesTo, f.TierFrom });
    }
}
