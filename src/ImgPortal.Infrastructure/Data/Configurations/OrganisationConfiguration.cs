using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.Abbreviation).HasMaxLength(Organisation.AbbreviationMaxLength).IsRequired();
        builder.Property(o => o.Role).HasMaxLength(Organisation.RoleMaxLength).IsRequired();
        builder.Property(o => o.WebsiteUrl).HasMaxLength(Organisation.WebsiteUrlMaxLength).IsRequired();
        builder.Property(o => o.Aliases).HasMaxLength(Organisation.AliasesMaxLength).IsRequired();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.SortOrder);
    }
}
