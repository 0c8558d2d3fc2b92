using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(o => o.Abbreviation).HasMaxLength(Organization.AbbreviationMaxLength).IsRequired();
        builder.Property(o => o.Role).HasMaxLength(Organization.RoleMaxLength).IsRequired();
        builder.Property(o => o.WebsiteUrl).HasMaxLength(Organization.WebsiteUrlMaxLength).IsRequired();
        builder.Property(o => o.Aliases).HasMaxLength(Organization.AliasesMaxLength).IsRequired();
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.SortOrder);
    }
}
