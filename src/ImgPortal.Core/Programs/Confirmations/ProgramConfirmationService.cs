using System.Net.Mail;
using ImgPortal.Core.Common;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.Programs;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Programs.Confirmations;

/// <inheritdoc cref="IProgramConfirmationService"/>
public sealed class ProgramConfirmationService(
    IAppDbContext db,
    IRecordEditingService records,
    IProgramConfirmationTokens tokens,
    IEmailSender email,
    IEmailComposer composer,
    IPortalLinks links,
    ICurrentUser user,
    TimeProvider clock) : IProgramConfirmationService
{
    public const string LinkPath = "/programs/confirm/";

    public const string Reason = "You received this e-mail because ImgPortal's staff asked you, as this program's coordinator, to confirm what the portal shows about it.";

    public const string ConfirmedMessage = "Thank you. The program's record is marked as confirmed by the program today.";

    public const string ProposedMessage = "Thank you. Your proposed changes and note went to ImgPortal's staff, who will review them.";

    private static readonly ResidencyProgramRecordType Type = new();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<ConfirmationOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var year = Today.Year;
        var programs = await db.Programs.AsNoTracking()
            .OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Key, p.LastConfirmedByProgram })
            .ToListAsync(cancellationToken);
        var requests = await db.ProgramConfirmationRequests.AsNoTracking()
            .Select(r => new { r.Id, r.ProgramId, r.CoordinatorEmail, r.SentAtUtc, r.ExpiresAtUtc, r.Status, r.RemindersSent, r.UsedAtUtc })
            .ToListAsync(cancellationToken);
        var newest = requests.GroupBy(r => r.ProgramId).ToDictionary(g => g.Key, g => g.MaxBy(r => r.Id)!);
        var now = Now;
        var rows = programs
            .Select(p =>
            {
                var last = newest.GetValueOrDefault(p.Id);
                var open = last is { Status: ProgramConfirmationStatus.Sent } && last.ExpiresAtUtc > now ? last.Id : (int?)null;
                return new ProgramConfirmationRow(
                    p.Id, p.Name, p.Key, p.LastConfirmedByProgram, p.LastConfirmedByProgram?.Year == year,
                    last?.CoordinatorEmail, last?.SentAtUtc, last?.ExpiresAtUtc, last?.Status, open, last?.RemindersSent ?? 0);
            })
            .OrderBy(r => r.ConfirmedThisYear)
            .ToList();
        var names = programs.ToDictionary(p => p.Id, p => p.Name);
        var proposals = requests
            .Where(r => r.Status == ProgramConfirmationStatus.Proposed)
            .OrderBy(r => r.UsedAtUtc)
            .Select(r => new PendingProposal(r.Id, names.GetValueOrDefault(r.ProgramId, string.Empty), r.CoordinatorEmail, r.UsedAtUtc ?? r.SentAtUtc))
            .ToList();
        return new ConfirmationOverview(year, rows, proposals);
    }

    public async Task<Outcome> SendAsync(int programId, string coordinatorEmail, CancellationToken cancellationToken = default)
    {
        var address = coordinatorEmail.Trim();
        if (address.Length == 0 || address.Length > ProgramConfirmationRequest.EmailMaxLength
            || !MailAddress.TryCreate(address, out var parsed) || !string.Equals(parsed.Address, address, StringComparison.OrdinalIgnoreCase))
        {
            return Outcome.Invalid(nameof(ProgramConfirmationRequest.CoordinatorEmail), "Give the coordinator's e-mail address, like name@hospital.org.");
        }

        var program = await db.Programs.AsNoTracking().Where(p => p.Id == programId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(cancellationToken);
        if (program is null)
        {
            return Outcome.NotFound();
        }

        var older = await db.ProgramConfirmationRequests
            .Where(r => r.ProgramId == programId && r.Status == ProgramConfirmationStatus.Sent)
            .ToListAsync(cancellationToken);
        foreach (var request in older)
        {
            request.Status = ProgramConfirmationStatus.Replaced;
            request.Version = Guid.NewGuid();
        }

        var sent = new ProgramConfirmationRequest
        {
            ProgramId = programId,
            CoordinatorEmail = address,
            SentAtUtc = Now,
            SentByUserId = user.UserId,
            ExpiresAtUtc = Now.AddDays(IProgramConfirmationService.LinkDays),
            Status = ProgramConfirmationStatus.Sent,
            Version = Guid.NewGuid(),
        };
        db.ProgramConfirmationRequests.Add(sent);
        await db.SaveChangesAsync(cancellationToken);
        await MailAsync(sent, program.Name, reminder: false, cancellationToken);
        return Outcome.Done($"Sent {program.Name}'s coordinator a link that works until {sent.ExpiresAtUtc:MMMM d, yyyy}.", sent.Id);
    }

    public async Task<Outcome> RemindAsync(int requestId, CancellationToken cancellationToken = default)
    {
        var request = await db.ProgramConfirmationRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return Outcome.NotFound();
        }

        if (request.Status != ProgramConfirmationStatus.Sent || request.ExpiresAtUtc <= Now)
        {
            return Outcome.Conflict("That link was answered, replaced or has expired. Send the coordinator a new link instead.");
        }

        var name = await db.Programs.AsNoTracking().Where(p => p.Id == request.ProgramId).Select(p => p.Name).SingleAsync(cancellationToken);
        request.RemindersSent++;
        request.LastReminderAtUtc = Now;
        request.Version = Guid.NewGuid();
        await db.SaveChangesAsync(cancellationToken);
        await MailAsync(request, name, reminder: true, cancellationToken);
        return Outcome.Done($"Reminded {name}'s coordinator.", request.Id);
    }

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
        var why = reason.Trim();
        if (why.Length == 0)
        {
            return Outcome.Invalid(nameof(ProgramConfirmationRequest.ReviewNote), "Say why you reject the proposal.");
        }

        if (why.Length > ProgramConfirmationRequest.ReviewNoteMaxLength)
        {
            return Outcome.Invalid(nameof(ProgramConfirmationRequest.ReviewNote), $"Keep the reason under {ProgramConfirmationRequest.ReviewNoteMaxLength:N0} characters.");
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
            errors.Add(new FieldError(nameof(ProgramConfirmationRequest.Note), $"Keep the note under {ProgramConfirmationRequest.NoteMaxLength:N0} characters."));
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

    private async Task MailAsync(ProgramConfirmationRequest request, string programName, bool reminder, CancellationToken cancellationToken)
    {
        var token = tokens.Sign(request.Id, request.ProgramId, request.ExpiresAtUtc);
        var content = new EmailContent(
            request.CoordinatorEmail,
            (reminder ? "Reminder: " : string.Empty) + $"ImgPortal: please confirm what we show about {programName}",
            [
                $"ImgPortal helps international medical graduates find New York residency programs. We show what public sources state about {programName}: its visa policies, limits on years since graduation and exam attempts, US clinical experience and score minimums.",
                "Please check it. If everything is correct, one click confirms it; if not, propose the right values with a note, and our staff will review them. You need no account.",
                $"The link is for {programName} only, works once, and expires on {request.ExpiresAtUtc:MMMM d, yyyy}.",
            ],
            new EmailAction("Review the program's record", links.Absolute(LinkPath + token)),
            Reason);
        await email.SendAsync(await composer.ComposeAsync(content, cancellationToken), cancellationToken);
    }
}
