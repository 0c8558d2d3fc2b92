using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles.Outcomes;

public sealed class MemberOutcomeService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IMemberOutcomeService
{
    private string UserId => currentUser.UserId ?? throw new InvalidOperationException("This needs a signed-in user.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<IReadOnlyList<OwnOutcome>> ListOwnAsync(CancellationToken cancellationToken = default) =>
        ListAsync(UserId, cancellationToken);

    public async Task<IReadOnlyList<OwnOutcome>> ListForStaffAsync(string memberUserId, CancellationToken cancellationToken = default) =>
        currentUser.IsStaff ? await ListAsync(memberUserId, cancellationToken) : [];

    public async Task<OwnOutcome?> GetOwnAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        return await Project(db.MemberOutcomes.AsNoTracking().Where(o => o.Id == id && o.UserId == userId)).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Outcome> AddAsync(OutcomeDetails details, CancellationToken cancellationToken = default)
    {
        if (Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var outcome = new MemberOutcome { UserId = UserId, CreatedAtUtc = Now };
        Apply(outcome, OutcomeRules.Normalize(details));
        db.MemberOutcomes.Add(outcome);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Your outcome is recorded. Congratulations!", outcome.Id);
    }

    public async Task<Outcome> UpdateAsync(int id, OutcomeDetails details, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var outcome = await db.MemberOutcomes.SingleOrDefaultAsync(o => o.Id == id && o.UserId == userId, cancellationToken);
        if (outcome is null)
        {
            return Outcome.NotFound();
        }

        if (Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        Apply(outcome, OutcomeRules.Normalize(details));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Your outcome is saved.", outcome.Id);
    }

    public async Task<Outcome> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var userId = UserId;
        var outcome = await db.MemberOutcomes.SingleOrDefaultAsync(o => o.Id == id && o.UserId == userId, cancellationToken);
        if (outcome is null)
        {
            return Outcome.NotFound();
        }

        db.MemberOutcomes.Remove(outcome);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("The outcome is deleted.");
    }

    public IReadOnlyList<FieldError> Validate(OutcomeDetails details) =>
        OutcomeRules.Validate(details, DateOnly.FromDateTime(Now));

    private void Apply(MemberOutcome outcome, OutcomeDetails d)
    {
        outcome.Kind = d.Kind;
        outcome.OccurredOn = d.OccurredOn!.Value;
        outcome.InterviewCount = d.InterviewCount;
        outcome.Program = d.Program;
        outcome.Specialty = d.Specialty;
        outcome.MatchYear = d.MatchYear;
        outcome.State = d.State;
        outcome.UpdatedAtUtc = Now;
    }

    private async Task<IReadOnlyList<OwnOutcome>> ListAsync(string userId, CancellationToken cancellationToken) =>
        await Project(db.MemberOutcomes.AsNoTracking().Where(o => o.UserId == userId)
            .OrderByDescending(o => o.OccurredOn).ThenByDescending(o => o.Id)).ToListAsync(cancellationToken);

    private static IQueryable<OwnOutcome> Project(IQueryable<MemberOutcome> outcomes) =>
        outcomes.Select(o => new OwnOutcome(o.Id, new OutcomeDetails(o.Kind, o.OccurredOn, o.InterviewCount, o.Program, o.Specialty, o.MatchYear, o.State)));
}
