using System.Net.Mail;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImgPortal.Core.Programs.Confirmations;

/// <inheritdoc cref="IConfirmationLinkService"/>
public sealed class ConfirmationLinkService(
    IAppDbContext db,
    IProgramConfirmationTokens tokens,
    IEmailOutbox outbox,
    IPortalLinks links,
    ICurrentUser user,
    IOptions<PortalOptions> portal,
    TimeProvider clock) : IConfirmationLinkService
{
    public const string LinkPath = "/programs/confirm/";

    public const string Reason = "You received this e-mail because ImgPortal's staff asked you, as this program's coordinator, to confirm what the portal shows about it.";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

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
            ExpiresAtUtc = Now.AddDays(IConfirmationLinkService.LinkDays),
            Status = ProgramConfirmationStatus.Sent,
            Version = Guid.NewGuid(),
        };
        db.ProgramConfirmationRequests.Add(sent);

        // The link is signed with the request's id, known after the first save: one transaction holds both saves,
        // so the request and its e-mail are stored together or not at all (ADR 0096).
        await db.InTransactionAsync(
            async ct =>
            {
                await db.SaveChangesAsync(ct);
                Mail(sent, program.Name, reminder: false);
                return await db.SaveChangesAsync(ct);
            },
            cancellationToken);
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
        Mail(request, name, reminder: true);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done($"Reminded {name}'s coordinator.", request.Id);
    }

    /// <summary>Queues the link's e-mail: the caller's save sends it.</summary>
    private void Mail(ProgramConfirmationRequest request, string programName, bool reminder)
    {
        var token = tokens.Sign(request.Id, request.ProgramId, request.ExpiresAtUtc);
        var content = new EmailContent(
            request.CoordinatorEmail,
            (reminder ? "Reminder: " : string.Empty) + $"ImgPortal: please confirm what we show about {programName}",
            [
                $"ImgPortal helps international medical graduates find New York residency programs. We show what public sources state about {programName}: its visa policies, limits on years since graduation and exam attempts, US clinical experience and score minimums.",
                "Please check it. If everything is correct, one click confirms it; if not, propose the right values with a note, and our staff will review them. You need no account.",
                $"The link is for {programName} only, works once, and expires on {request.ExpiresAtUtc:MMMM d, yyyy}.",
                $"Questions, or need a new link? Write to the {portal.Value.Organization.Name} ({portal.Value.Organization.ShortName}) at {portal.Value.ContactEmail}.",
            ],
            new EmailAction("Review the program's record", links.Absolute(LinkPath + token)),
            Reason);
        outbox.Queue(content);
    }
}
