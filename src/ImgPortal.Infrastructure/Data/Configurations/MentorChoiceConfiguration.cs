using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImgPortal.Infrastructure.Data.Configurations;

public sealed class MentorChoiceConfiguration : IEntityTypeConfiguration<MentorChoice>
{
    public void Configure(EntityTypeBuilder<MentorChoice> builder)
    {
        builder.ToTable("MentorChoices");

        // A request's ranking goes with the request; a mentor is never deleted (ADR 0047), so their side only restricts.
        builder.HasOne<MenteeRequest>().WithMany(r => r.Choices).HasForeignKey(c => c.MenteeRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Mentor).WithMany().HasForeignKey(c => c.MentorId).OnDelete(DeleteBehavior.Restrict);

        // Each mentor once per request, each rank once per request.
        builder.HasIndex(c => new { c.MenteeRequestId, c.MentorId }).IsUnique();
        builder.HasIndex(c => new { c.MenteeRequestId, c.Rank }).IsUnique();
    }
}
