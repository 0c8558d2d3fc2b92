using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class ProgramConfirmationRequestConfiguration : IEntityTypeConfiguration<ProgramConfirmationRequest>
{
    public void Configure(EntityTypeBuilder<ProgramConfirmationRequest> builder)
    {
        builder.Property(r => r.CoordinatorEmail).HasMaxLength(ProgramConfirmationRequest.EmailMaxLength).IsRequired();
        builder.Property(r => r.SentByUserId).HasMaxLength(450);
        builder.Property(r => r.ReviewedByUserId).HasMaxLength(450);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ProposedValues).HasMaxLength(ProgramConfirmationRequest.ProposedValuesMaxLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(ProgramConfirmationRequest.NoteMaxLength).IsRequired();
        builder.Property(r => r.ReviewNote).HasMaxLength(ProgramConfirmationRequest.ReviewNoteMaxLength).IsRequired();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<ResidencyProgram>().WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ProgramId, r.Status });
        builder.HasIndex(r => r.Status);
    }
}
