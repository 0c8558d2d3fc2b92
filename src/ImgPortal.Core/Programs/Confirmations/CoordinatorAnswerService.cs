using ImgPortal.Core.Common;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.Programs;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Confirmations;

/// <inheritdoc cref="ICoordinatorAnswerService"/>
public sealed class CoordinatorAnswerService(
    IAppDbContext db,
    IRecordEditingService records,
    IProgramConfirmationTokens tokens,
    TimeProvider clock) : ICoordinatorAnswerService
{
    public const string ConfirmedMessage = "Thank you. The program's record is marked as confirmed by the program today.";

    public const string ProposedMessage = "Thank you. Your proposed changes and note went to ImgPortal's staff, who will review them.";

    private static readonly ResidencyProgramRecordType Type = new();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<CoordinatorLink> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (status, request, record) = await CheckAsync(token, cancellationToken);
        return new CoordinatorLink(status, status == ProgramConfirmationLinkStatus.Valid ? ToCoordinator(record!, request!) : null);
    }

    public async Task<CoordinatorAnswer> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (status, request, record) = await CheckAsync(token, cancellationToken);
        if (status != ProgramConfirmationLinkStatus.Valid)
        {
            return new CoordinatorAnswer(status, null, null);
        }

        if (!await ClaimAsync(request!, ProgramConfirmationStatus.Confirmed, string.Empty, string.Empty, cancellationToken))
        {
            return new CoordinatorAnswer(ProgramConfirmationLinkStatus.Used, null, null);
        }

        var values = ProgramConfirmationFields.ToRecordValues(record!, record!.Values, Today);
        var saved = await records.SaveAsync(Type, new RecordInput(record.Id, record.Version, values), cancellationToken);
        if (!saved.Succeeded)
        {
            // The record changed or no longer passes its rules: give the link back so the coordinator can try again.
            db.DiscardChanges();
            var claimed = await db.ProgramConfirmationRequests.SingleAsync(r => r.Id == request!.Id, cancellationToken);
            claimed.Status = ProgramConfirmationStatus.Sent;
            claimed.UsedAtUtc = null;
            claimed.Version = Guid.NewGuid();
            await db.SaveChangesAsync(cancellationToken);
            return new CoordinatorAnswer(
                ProgramConfirmationLinkStatus.Valid,
                Outcome.Conflict("The record changed while you were reading it, so nothing was saved. Read it again and confirm."),
                (await OpenAsync(token, cancellationToken)).Record);
        }

        return new CoordinatorAnswer(ProgramConfirmationLinkStatus.Valid, Outcome.Done(ConfirmedMessage, record.Id), null);
    }

    public async Task<CoordinatorAnswer> ProposeAsync(
        string? token, IReadOnlyDictionary<string, string?> values, string? note, CancellationToken cancellationToken = default)
    {
        var (status, request, record) = await CheckAsync(token, cancellationToken);
        if (status != ProgramConfirmationLinkStatus.Valid)
        {
            return new CoordinatorAnswer(status, null, null);
        }

        var page = ToCoordinator(record!, request!);
        var proposed = ProgramConfirmationFields.Pick(values, record!.Values);
        var text = note?.Trim() ?? string.Empty;
        var errors = Type.Write(Type.Create(), new RecordInput(record.Id, record.Version, ProgramConfirmationFields.ToRecordValues(record, proposed, Today)), new RecordRules(Today), creating: false)
            .Where(e => ProgramConfirmationFields.Proposable.Contains(e.Field))
            .ToList();
        if (text.Length > ProgramConfirmationRequest.NoteMaxLength)
        {
            errors.Add(new FieldError(nameof(ProgramConfirmationRequest.Note), ValidationText.Limit(ValidationText.NoteTooLong, ProgramConfirmationRequest.NoteMaxLength)));
        }

        if (ProgramConfirmationFields.Changed(record.Values, proposed).Count == 0 && text.Length == 0)
        {
            errors.Add(new FieldError(nameof(ProgramConfirmationRequest.Note), "Change at least one value or write a note; if everything is correct, use \"Everything is correct\" instead."));
        }

        if (errors.Count > 0)
        {
            return new CoordinatorAnswer(ProgramConfirmationLinkStatus.Valid, Outcome.Invalid(errors), page);
        }

        return await ClaimAsync(request!, ProgramConfirmationStatus.Proposed, ProgramConfirmationFields.Serialize(proposed), text, cancellationToken)
            ? new CoordinatorAnswer(ProgramConfirmationLinkStatus.Valid, Outcome.Done(ProposedMessage, request!.Id), null)
            : new CoordinatorAnswer(ProgramConfirmationLinkStatus.Used, null, null);
    }

    /// <summary>Reads the link and its request: only a genuine, unexpired, unanswered link of an existing program is valid.</summary>
    private async Task<(ProgramConfirmationLinkStatus Status, ProgramConfirmationRequest? Request, RecordView? Record)> CheckAsync(
        string? token, CancellationToken cancellationToken)
    {
        var read = tokens.Read(token);
        if (read.Status != ProgramConfirmationLinkStatus.Valid)
        {
            return (read.Status, null, null);
        }

        var request = await db.ProgramConfirmationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == read.RequestId, cancellationToken);
        if (request is null || request.ProgramId != read.ProgramId)
        {
            return (ProgramConfirmationLinkStatus.Invalid, null, null);
        }

        if (request.Status != ProgramConfirmationStatus.Sent)
        {
            return (ProgramConfirmationLinkStatus.Used, null, null);
        }

        if (request.ExpiresAtUtc <= Now)
        {
            return (ProgramConfirmationLinkStatus.Expired, null, null);
        }

        var record = await records.GetAsync(Type, request.ProgramId, cancellationToken);
        return record is null ? (ProgramConfirmationLinkStatus.Invalid, null, null) : (ProgramConfirmationLinkStatus.Valid, request, record);
    }

    /// <summary>Uses the link up, once: of two answers at the same moment only one claims it (the version token).</summary>
    private async Task<bool> ClaimAsync(
        ProgramConfirmationRequest request, ProgramConfirmationStatus status, string proposedValues, string note, CancellationToken cancellationToken)
    {
        db.DiscardChanges();
        var tracked = await db.ProgramConfirmationRequests.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken);
        if (tracked is null || tracked.Status != ProgramConfirmationStatus.Sent || tracked.Version != request.Version)
        {
            return false;
        }

        tracked.Status = status;
        tracked.UsedAtUtc = Now;
        tracked.ProposedValues = proposedValues;
        tracked.Note = note;
        tracked.Version = Guid.NewGuid();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return false;
        }
    }

    private static CoordinatorRecord ToCoordinator(RecordView record, ProgramConfirmationRequest request) =>
        new(record.Title, record, Type.Fields, request.ExpiresAtUtc);
}
