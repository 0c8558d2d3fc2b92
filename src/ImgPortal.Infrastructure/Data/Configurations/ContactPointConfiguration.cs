using ImgPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ContactPointConfiguration : IEntityTypeConfiguration<ContactPoint>
{
    public void Configure(EntityTypeBuilder<ContactPoint> builder)
    {
        builder.Property(c => c.Office).HasMaxLength(ContactPoint.OfficeMaxLength).IsRequired();
        builder.Property(c => c.Purpose).HasMaxLength(ContactPoint.PurposeMaxLength).IsRequired();
        builder.Property(c => c.Phone).HasMaxLength(ContactPoint.PhoneMaxLength).IsRequired();
        builder.Property(c => c.Email).HasMaxLength(ContactPoint.EmailMaxLength).IsRequired();
        builder.Property(c => c.Address).HasMaxLength(ContactPoint.AddressMaxLength).IsRequired();
        builder.Property(c => c.OfficeHours).HasMaxLength(ContactPoint.OfficeHoursMaxLength).IsRequired();
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.SortOrder);
    }
}
