using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring;

public sealed class MentorRosterService(
    IAppDbContext db, ICurrentUser currentUser, MentoringMailer mail, IUserAccounts accounts, TimeProvider clock)
    : IMentorRosterService
{
    public async Task<OwnApplication?> GetOwnApplicationAsync(CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId;
        if (userId is null)
        {
            return null;
        }

        return await db.Mentors.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new OwnApplication(
                m.Id, m.DisplayName, m.Status, m.StatusReason, m.AppliedAtUtc, m.Capacity,
                m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Outcome> ApplyAsync(MentorDetails details, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId ?? throw new InvalidOperationException("Applying to mentor needs a signed-in user.");
        if (Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var mentor = await db.Mentors
            .Include(m => m.Languages)
            .Include(m => m.TrainingCountries)
            .Include(m => m.Licenses)
            .SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (mentor is not null && !MentorStatusRules.MayApply(mentor.Status))
        {
            return Outcome.Invalid("You have already applied to be a mentor.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (mentor is not null)
        {
            mentor.PastApplications.Add(new PastApplication
            {
                AppliedAtUtc = mentor.AppliedAtUtc,
                Decision = mentor.Status,
                Reason = mentor.StatusReason,
                DecidedAtUtc = mentor.ReviewedAtUtc,
                ReappliedAtUtc = now,
            });
        }
        else
        {
            mentor = new Mentor
            {
                UserId = userId,
                DisplayName = string.Empty,
                Specialty = string.Empty,
                Hospital = string.Empty,
                State = string.Empty,
            };
            db.Mentors.Add(mentor);
        }

        Apply(mentor, details);
        mentor.Status = MentorStatus.Pending;
        mentor.StatusReason = string.Empty;
        mentor.AppliedAtUtc = now;
        mentor.AgreedToTermsAtUtc = now;
        mentor.ReviewedAtUtc = null;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Thank you. Your application is waiting for staff to review it; we will e-mail you.", mentor.Id);
    }

    public async Task<DirectoryResults> DirectoryAsync(
        DirectoryFilter filter, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Min(Paging.ClampPage(page), MentoringPaging.DirectoryMaxPage);
        await db.KeepConnectionOpenAsync(cancellationToken);    // the count, the page and the page's settings: one connection
        var mentors = db.Mentors.AsNoTracking()
            .Where(m => m.Status == MentorStatus.Approved && m.ListInDirectory);
        if (!string.IsNullOrEmpty(filter.Specialty))
        {
            mentors = mentors.Where(m => m.Specialty == filter.Specialty);
        }

        if (!string.IsNullOrEmpty(filter.State))
        {
            mentors = mentors.Where(m => m.State == filter.State);
        }

        if (!string.IsNullOrEmpty(filter.Language))
        {
            mentors = mentors.Where(m => m.Languages.Any(l => l.Language == filter.Language));
        }

        var pageSize = MentoringPaging.DirectoryPageSize;
        // A bounded count: walking every match of a broad filter is what made the directory slow at scale.
        var counted = await mentors.Take(MentoringPaging.DirectoryCountLimit + 1).CountAsync(cancellationToken);
        var total = Math.Min(counted, MentoringPaging.DirectoryCountLimit);
        var rows = await mentors
            .OrderBy(m => m.DisplayName).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new
            {
                m.Id,
                m.DisplayName,
                m.Specialty,
                Hospital = m.ShowHospital ? m.Hospital : null,
                m.County,
                m.State,
                Languages = m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                m.HelpAreas,
                m.Bio,
                Free = m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace) < m.Capacity,
            })
            .ToListAsync(cancellationToken);
        var entries = rows
            .Select(r => new DirectoryEntry(r.Id, r.DisplayName, r.Specialty, r.Hospital, r.County, r.State, r.Languages, r.HelpAreas, r.Bio, r.Free))
            .ToList();
        return new DirectoryResults(
            new PagedResult<DirectoryEntry>(entries, page, pageSize, total), counted > MentoringPaging.DirectoryCountLimit);
    }

    public async Task<PagedResult<MentorRow>> ListAsync(
        MentorStatus? status, string? specialty, int page, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var mentors = db.Mentors.AsNoTracking();
        if (status is { } s)
        {
            mentors = mentors.Where(m => m.Status == s);
        }

        if (!string.IsNullOrEmpty(specialty))
        {
            mentors = mentors.Where(m => m.Specialty == specialty);
        }

        var pageSize = MentoringPaging.StaffPageSize;
        var total = await mentors.CountAsync(cancellationToken);
        var rows = await mentors
            .OrderBy(m => m.Status == MentorStatus.Pending ? 0 : 1).ThenBy(m => m.AppliedAtUtc).ThenBy(m => m.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(m => new MentorRow(
                m.Id, m.DisplayName, m.Specialty, m.State, m.Status, m.Capacity,
                m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
                m.AppliedAtUtc))
            .ToListAsync(cancellationToken);
        return new PagedResult<MentorRow>(rows, page, pageSize, total);
    }

    public async Task<MentorRecord?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var m = await db.Mentors.AsNoTracking()
            .Where(m => m.Id == id)
            .Select(m => new
            {
                Mentor = m,
                Languages = m.Languages.OrderBy(l => l.Language).Select(l => l.Language).ToList(),
                Countries = m.TrainingCountries.OrderBy(c => c.Country).Select(c => c.Country).ToList(),
                Licenses = m.Licenses.OrderBy(l => l.Id).Select(l => new LicenseDetails(l.State, l.Number, l.ExpiresOn)).ToList(),
                Checks = m.VettingChecks.ToList(),
                Past = m.PastApplications.OrderByDescending(a => a.AppliedAtUtc)
                    .Select(a => new PastApplicationRow(a.AppliedAtUtc, a.Decision, a.Reason, a.DecidedAtUtc)).ToList(),
                Held = m.Pairings.AsQueryable().Count(Pairing.HoldsAPlace),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (m is null)
        {
            return null;
        }

        var mentor = m.Mentor;
        var details = new MentorDetails(
            mentor.DisplayName, mentor.Specialty, mentor.Hospital, mentor.County, mentor.State, m.Languages, m.Countries,
            mentor.HelpAreas, mentor.Capacity, mentor.MeetingPreference, mentor.Bio, mentor.ListInDirectory, mentor.ShowHospital,
            m.Licenses, mentor.Npi, mentor.BoardCertification, mentor.YearsInPractice, mentor.IsImg);
        var address = await accounts.GetEmailAsync(mentor.UserId, cancellationToken);
        var steps = VettingRules.Steps(m.Checks, m.Licenses.Select(l => l.ExpiresOn), Today, mentor.AgreedToTermsAtUtc);
        return new MentorRecord(
            mentor.Id, mentor.UserId, address, details, mentor.Status, mentor.StatusReason, mentor.AppliedAtUtc,
            mentor.ReviewedAtUtc, m.Held, mentor.Version, steps, m.Past);
    }

    public async Task<Outcome> UpdateAsync(int id, Guid version, MentorDetails details, CancellationToken cancellationToken = default)
    {
        if (Validate(details) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
        }

        var mentor = await LoadForEditAsync(id, version, cancellationToken);
        if (mentor is null)
        {
            return Outcome.NotFound();
        }

        Apply(mentor, details);
        return await SaveEditAsync("Saved " + Sentences.End(mentor.DisplayName), cancellationToken);
    }

    public async Task<Outcome> CheckAsync(int id, VettingItem item, CancellationToken cancellationToken = default)
    {
        if (!currentUser.IsStaff || !Enum.IsDefined(item))
        {
            return Outcome.NotFound();
        }

        var mentor = await db.Mentors.Include(m => m.VettingChecks).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mentor is null)
        {
            return Outcome.NotFound();
        }

        var check = mentor.VettingChecks.FirstOrDefault(c => c.Item == item);
        if (check is null)
        {
            check = new VettingCheck { Item = item, CheckedBy = string.Empty };
            mentor.VettingChecks.Add(check);
        }

        check.CheckedAtUtc = clock.GetUtcNow().UtcDateTime;
        check.CheckedBy = currentUser.Name ?? currentUser.UserId ?? "staff";
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done($"Recorded: {VettingRules.Label(item).ToLowerInvariant()}.");
    }

    public async Task<Outcome> ChangeStatusAsync(
        int id, Guid version, MentorStatus to, string? reason, CancellationToken cancellationToken = default)
    {
        var mentor = await LoadForEditAsync(id, version, cancellationToken);
        if (mentor is null)
        {
            return Outcome.NotFound();
        }

        if (!MentorStatusRules.MayMove(mentor.Status, to))
        {
            return Outcome.Invalid($"A mentor who is {mentor.Status} cannot be made {to}.");
        }

        if (to == MentorStatus.Approved && mentor.Status == MentorStatus.Pending)
        {
            var checks = await db.VettingChecks.AsNoTracking().Where(c => c.MentorId == id).ToListAsync(cancellationToken);
            var expiries = await db.MentorLicenses.AsNoTracking().Where(l => l.MentorId == id).Select(l => l.ExpiresOn).ToListAsync(cancellationToken);
            if (!VettingRules.IsComplete(VettingRules.Steps(checks, expiries, Today, mentor.AgreedToTermsAtUtc)))
            {
                db.DiscardChanges();
                return Outcome.Invalid("Finish the vetting checklist before approving: every item ticked, and the licenses checked since they last came near expiry.");
            }
        }

        reason = reason?.Trim() ?? string.Empty;
        if (MentorStatusRules.NeedsReason(to) && reason.Length == 0)
        {
            return Outcome.Invalid("reason", "Give a reason: it is e-mailed to the mentor.");
        }

        if (reason.Length > MentoringLimits.Reason)
        {
            return Outcome.Invalid("reason", ReasonRules.TooLong);
        }

        var from = mentor.Status;
        mentor.Status = to;
        mentor.StatusReason = reason;
        mentor.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        var saved = await SaveEditAsync($"{mentor.DisplayName} is now {to}.", cancellationToken);
        if (!saved.Succeeded)
        {
            return saved;
        }

        if (to == MentorStatus.Approved && from == MentorStatus.Pending)
        {
            await accounts.AddToRoleAsync(mentor.UserId, Roles.Mentor, cancellationToken);
        }
        else if (to == MentorStatus.Retired)
        {
            await accounts.RemoveFromRoleAsync(mentor.UserId, Roles.Mentor, cancellationToken);
        }

        await NotifyAsync(mentor, from, to, reason, cancellationToken);
        return saved;
    }

    /// <summary>Checks every field, one message per field at fault (the input model checks the same first).</summary>
    public static IReadOnlyList<FieldError> Validate(MentorDetails details)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.DisplayName) || details.DisplayName.Trim().Length > MentoringLimits.DisplayName)
        {
            errors.Add(new(nameof(details.DisplayName), "Enter the name mentees will see."));
        }

        if (string.IsNullOrWhiteSpace(details.Hospital) || details.Hospital.Trim().Length > MentoringLimits.Hospital)
        {
            errors.Add(new(nameof(details.Hospital), "Enter your hospital or program."));
        }

        if (!MentoringCatalog.IsSpecialty(details.Specialty))
        {
            errors.Add(new(nameof(details.Specialty), "Choose a specialty from the list."));
        }

        if (!MentoringCatalog.IsState(details.State))
        {
            errors.Add(new(nameof(details.State), "Choose a state from the list."));
        }

        if (details.Languages.Count == 0 || details.Languages.Any(l => !MentoringCatalog.IsLanguage(l)))
        {
            errors.Add(new(nameof(details.Languages), "Choose at least one language you speak."));
        }

        if (details.HelpAreas == HelpAreas.None)
        {
            errors.Add(new(nameof(details.HelpAreas), "Choose at least one thing you can help with."));
        }

        if (details.Capacity is < 1 or > CapacityRules.MaxCapacity)
        {
            errors.Add(new(nameof(details.Capacity), $"Choose between 1 and {CapacityRules.MaxCapacity} mentees."));
        }

        if (details.Licenses.Count == 0)
        {
            errors.Add(new(nameof(details.Licenses), "Give at least one state license: its state and number."));
        }
        else if (details.Licenses.Count > MentoringLimits.MaxLicenses
            || details.Licenses.Any(l => !UsStates.IsCode(l.State) || string.IsNullOrWhiteSpace(l.Number) || l.Number.Trim().Length > MentoringLimits.LicenseNumber))
        {
            errors.Add(new(nameof(details.Licenses), $"Give each license's state from the list and its number (up to {MentoringLimits.LicenseNumber} characters)."));
        }

        if (details.Npi.Length > 0 && !NpiRules.IsValid(details.Npi))
        {
            errors.Add(new(nameof(details.Npi), "This is not a valid NPI: it has 10 digits and a check digit. Leave it empty if you have none."));
        }

        if (details.BoardCertification.Trim().Length > MentoringLimits.BoardCertification)
        {
            errors.Add(new(nameof(details.BoardCertification), $"Keep the board certification to {MentoringLimits.BoardCertification} characters."));
        }

        if (details.YearsInPractice is < 0 or > MentoringLimits.MaxYearsInPractice)
        {
            errors.Add(new(nameof(details.YearsInPractice), $"Give your years in practice, from 0 to {MentoringLimits.MaxYearsInPractice}."));
        }

        return errors;
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static void Apply(Mentor mentor, MentorDetails details)
    {
        mentor.DisplayName = details.DisplayName.Trim();
        mentor.Specialty = details.Specialty;
        mentor.Hospital = details.Hospital.Trim();
        mentor.County = details.County.Trim();
        mentor.State = details.State;
        mentor.HelpAreas = details.HelpAreas;
        mentor.Capacity = details.Capacity;
        mentor.MeetingPreference = details.MeetingPreference.Trim();
        mentor.Bio = details.Bio.Trim();
        mentor.ListInDirectory = details.ListInDirectory;
        mentor.ShowHospital = details.ShowHospital;
        mentor.Npi = details.Npi;
        mentor.BoardCertification = details.BoardCertification.Trim();
        mentor.YearsInPractice = details.YearsInPractice;
        mentor.IsImg = details.IsImg;

        mentor.Licenses.Clear();
        mentor.Licenses.AddRange(details.Licenses.Select(l => new MentorLicense { State = l.State, Number = l.Number.Trim(), ExpiresOn = l.ExpiresOn }));

        var languages = details.Languages.Distinct().ToList();
        mentor.Languages.RemoveAll(l => !languages.Contains(l.Language));
        mentor.Languages.AddRange(languages
            .Where(l => mentor.Languages.All(existing => existing.Language != l))
            .Select(l => new MentorLanguage { Language = l }));

        var countries = details.TrainingCountries.Select(MentoringCatalog.NormalizeCountry).Distinct().ToList();
        mentor.TrainingCountries.RemoveAll(c => !countries.Contains(c.Country));
        mentor.TrainingCountries.AddRange(countries
            .Where(c => mentor.TrainingCountries.All(existing => existing.Country != c))
            .Select(c => new MentorTrainingCountry { Country = c }));
    }

    private async Task<Mentor?> LoadForEditAsync(int id, Guid version, CancellationToken cancellationToken)
    {
        var mentor = await db.Mentors
            .Include(m => m.Languages)
            .Include(m => m.TrainingCountries)
            .Include(m => m.Licenses)
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mentor is null)
        {
            return null;
        }

        // The version the editor loaded guards the UPDATE (ADR 0007), not the one just read.
        db.Mentors.Entry(mentor).Property(m => m.Version).OriginalValue = version;
        mentor.Version = Guid.NewGuid();
        return mentor;
    }

    private async Task<Outcome> SaveEditAsync(string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Done(message);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return Outcome.Conflict("Someone else changed this mentor (or paired them) since you opened the page. Nothing was saved: look again and redo your change.");
        }
    }

    private async Task NotifyAsync(Mentor mentor, MentorStatus from, MentorStatus to, string reason, CancellationToken cancellationToken)
    {
        var address = await accounts.GetEmailAsync(mentor.UserId, cancellationToken);
        if (address is null)
        {
            return;
        }

        var (subject, body) = to switch
        {
            MentorStatus.Approved when from == MentorStatus.Paused =>
                ("Your mentoring is resumed", "<p>Staff have resumed your place on the mentor roster.</p>"),
            MentorStatus.Approved =>
                ("You are now an ImgPortal mentor", "<p>Thank you: staff approved your application to mentor. Mentees' requests will reach you by e-mail; answer them on your mentoring dashboard, linked below.</p>"),
            MentorStatus.Declined =>
                ("Your application to mentor", $"<p>Staff could not approve your application to mentor this time.</p><p>Reason: {System.Net.WebUtility.HtmlEncode(reason)}</p>"),
            MentorStatus.Paused =>
                ("Your mentoring is paused", $"<p>Staff have paused your place on the mentor roster; no new mentee will be proposed to you.</p><p>Reason: {System.Net.WebUtility.HtmlEncode(reason)}</p>"),
            MentorStatus.Retired =>
                ("Thank you for mentoring", "<p>Staff have retired you from the mentor roster. Thank you for your help.</p>"),
            _ => (string.Empty, string.Empty),
        };
        if (subject.Length > 0)
        {
            await mail.SendToAsync(address, new EmailContent("ImgPortal: " + subject, body), cancellationToken);
        }
    }
}
