using ImgPortal.Core.Common;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.Programs;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Confirmations;

/// <inheritdoc cref="IProposalReviewService"/>
public sealed class ProposalReviewService(
    IAppDbContext db,
    IRecordEditingService records,
    ICurrentUser user,
    TimeProvider clock) : IProposalReviewService
{
    private static readonly ResidencyProgramRecordType Type = new();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<ConfirmationReview?> ReviewAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var request = await db.ProgramConfirmationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var current = request is null ? null : await records.GetAsync(Type, request.ProgramId, cancellationToken);
        if (request is null || current is null)
        {
            return null;
        }

        var proposed = ProgramConfirmationFields.Deserialize(request.ProposedValues);
        var changes = ProgramConfirmationFields.Changed(current.Values, proposed)
            .Select(f => Type.Field(f)!)
            .Select(f => new ProposedChange(f.Name, f.Label, current.Display[f.Name], f.Display(proposed[f.Name])))
            .ToList();
        return new ConfirmationReview(
            request.Id, request.ProgramId, current.Title, current.Values[nameof(ResidencyProgram.Key)], request.CoordinatorEmail, request.Status,
            request.UsedAtUtc, request.Note, request.ReviewNote, current.Version, changes);
    }

    public async Task<Outcome> AcceptAsync(int requestId, Guid recordVersion, CancellationToken cancellationToken = default)
    {
        var request = await db.ProgramConfirmationRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return Outcome.NotFound();
        }

        if (request.Status != ProgramConfirmationStatus.Proposed)
        {
            return Outcome.Conflict("This proposal was already reviewed.");
        }

        var current = await records.GetAsync(Type, request.ProgramId, cancellationToken);
        if (current is null)
        {
            return Outcome.Conflict(RecordMessages.DeletedWhileEditing);
        }

        if (current.Version != recordVersion)
        {
            return Outcome.Conflict("Someone changed the program's record since you opened this review, so nothing was saved. Review the changes again.");
        }

        var values = ProgramConfirmationFields.ToRecordValues(current, ProgramConfirmationFields.Deserialize(request.ProposedValues), Today);
        var saved = await records.SaveAsync(Type, new RecordInput(current.Id, recordVersion, values), cancellationToken);
        if (!saved.Succeeded)
        {
            return saved.Kind == OutcomeKind.Invalid
                ? Outcome.Conflict("The proposal no longer fits the record's rules: " + string.Join(" ", saved.Errors.Select(e => e.Message)) + " Edit the record yourself, then reject this proposal with why.")
                : Outcome.Conflict(saved.Message);
        }

        db.DiscardChanges();
        var reviewed = await db.ProgramConfirmationRequests.SingleAsync(r => r.Id == requestId, cancellationToken);
        reviewed.Status = ProgramConfirmationStatus.Accepted;
        reviewed.ReviewedAtUtc = Now;
        reviewed.ReviewedByUserId = user.UserId;
        reviewed.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done($"Accepted. {current.Title} now shows the program's changes, confirmed by the program on {Today:MMMM d, yyyy}.", request.ProgramId);
    }

    public async Task<Outcome> RejectAsync(int requestId, string reason, CancellationToken cancellationToken = default)
    {
        // The field is the form's name for the reason (stored as the request's review note).
        const string Field = "Reason";
        var why = reason.Trim();
        if (why.Length == 0)
        {
            return Outcome.Invalid(Field, "Say why you reject the proposal.");
        }

        if (why.Length > ProgramConfirmationRequest.ReviewNoteMaxLength)
        {
            return Outcome.Invalid(Field, $"Keep the reason under {ProgramConfirmationRequest.ReviewNoteMaxLength:N0} characters.");
        }

        var request = await db.ProgramConfirmationRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return Outcome.NotFound();
        }

        if (request.Status != ProgramConfirmationStatus.Proposed)
        {
            return Outcome.Conflict("This proposal was already reviewed.");
        }

        request.Status = ProgramConfirmationStatus.Rejected;
        request.ReviewNote = why;
        request.ReviewedAtUtc = Now;
        request.ReviewedByUserId = user.UserId;
        request.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Rejected. The record is unchanged; the reason is kept with the proposal.", request.Id);
    }
}
