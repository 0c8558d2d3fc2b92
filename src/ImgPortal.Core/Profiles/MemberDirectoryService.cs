using System.Globalization;
using System.Text;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

public sealed class MemberDirectoryService(IAppDbContext db, ICurrentUser currentUser) : IMemberDirectoryService
{
    public const int MaxQueryLength = 100;

    public async Task<PagedResult<MemberRow>> SearchAsync(
        MemberFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        page = Paging.ClampPage(page);
        var rows = Filtered(filter);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Project(rows.OrderBy(r => r.Email).ThenBy(r => r.Profile.UserId).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return new PagedResult<MemberRow>(items, page, pageSize, total);
    }

    public async Task<string> ExportCsvAsync(MemberFilter filter, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        var rows = await Project(Filtered(filter).OrderBy(r => r.Email).ThenBy(r => r.Profile.UserId)).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.Append("Email,Stage,MedicalSchoolCountry,MedicalSchool,GraduationYear,VisaNeed,WantsMentor,Specialties,States,UpdatedAtUtc\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', new[]
            {
                Csv(r.Email),
                Csv(r.Stage.ToString()),
                Csv(r.MedicalSchoolCountry),
                Csv(r.MedicalSchoolName),
                Csv(r.GraduationYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty),
                Csv(r.VisaNeed.ToString()),
                Csv(r.WantsMentor ? "yes" : "no"),
                Csv(string.Join("; ", r.Specialties)),
                Csv(string.Join("; ", r.States)),
                Csv(r.UpdatedAtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            }).Append("\r\n");
        }

        return csv.ToString();
    }

    public async Task<IReadOnlyList<StageCount>> FunnelAsync(CancellationToken cancellationToken = default)
    {
        RequireStaff();
        var counts = await db.ImgProfiles.AsNoTracking()
            .GroupBy(p => p.Stage)
            .Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Stage, x => x.Count, cancellationToken);
        return Enum.GetValues<RoadmapStage>().Select(s => new StageCount(s, counts.GetValueOrDefault(s))).ToList();
    }

    public async Task<MemberDetail?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        RequireStaff();
        var row = await db.ImgProfiles.AsNoTracking().Include(p => p.Tags)
            .Where(p => p.UserId == userId)
            .Join(db.MemberAccounts, p => p.UserId, a => a.UserId, (p, a) => new { Profile = p, a.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        // The member's current pairing (an accepted one before a proposal): once matched, "wants a mentor" is out of date.
        var pairing = await db.Pairings.AsNoTracking()
            .Where(p => p.Request!.MemberUserId == userId && (p.State == Mentoring.Pairings.PairingState.Accepted || p.State == Mentoring.Pairings.PairingState.Proposed))
            .OrderBy(p => p.State == Mentoring.Pairings.PairingState.Accepted ? 0 : 1)
            .ThenByDescending(p => p.ProposedAtUtc)
            .Select(p => new MemberPairing(p.Mentor!.DisplayName, p.State == Mentoring.Pairings.PairingState.Accepted, p.RespondedAtUtc ?? p.ProposedAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
        return new MemberDetail(row.Profile.UserId, row.Email, row.Profile.Stage, row.Profile.UpdatedAtUtc, ProfileMapping.ToData(row.Profile), pairing);
    }

    /// <summary>
    /// A CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a leading <c>= + - @</c> is
    /// prefixed with an apostrophe so a spreadsheet does not run it as a formula.
    /// </summary>
    public static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private sealed class Joined
    {
        public required ImgProfile Profile { get; init; }

        public required string Email { get; init; }
    }

    private IQueryable<Joined> Filtered(MemberFilter filter)
    {
        var rows = db.ImgProfiles.AsNoTracking()
            .Join(db.MemberAccounts, p => p.UserId, a => a.UserId, (p, a) => new Joined { Profile = p, Email = a.Email });
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim();
            var pattern = "%" + EscapeLike(q.Length > MaxQueryLength ? q[..MaxQueryLength] : q) + "%";
            rows = rows.Where(r =>
                EF.Functions.Like(r.Email, pattern, "\\")
                || EF.Functions.Like(r.Profile.MedicalSchoolName, pattern, "\\")
                || EF.Functions.Like(r.Profile.MedicalSchoolCountry, pattern, "\\"));
        }

        if (filter.Stage is { } stage)
        {
            rows = rows.Where(r => r.Profile.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(filter.Specialty))
        {
            var specialty = filter.Specialty;
            rows = rows.Where(r => db.ProfileTags.Any(t => t.UserId == r.Profile.UserId && t.Kind == TagKind.Specialty && t.Value == specialty));
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = filter.State;
            rows = rows.Where(r => db.ProfileTags.Any(t => t.UserId == r.Profile.UserId && t.Kind == TagKind.State && t.Value == state));
        }

        if (filter.VisaNeed is { } visa)
        {
            rows = rows.Where(r => r.Profile.VisaNeed == visa);
        }

        if (filter.WantsMentor is { } mentor)
        {
            rows = rows.Where(r => r.Profile.WantsMentor == mentor);
        }

        return rows;
    }

    private IQueryable<MemberRow> Project(IQueryable<Joined> rows) =>
        rows.Select(r => new MemberRow(
            r.Profile.UserId,
            r.Email,
            r.Profile.MedicalSchoolCountry,
            r.Profile.MedicalSchoolName,
            r.Profile.GraduationYear,
            r.Profile.Stage,
            r.Profile.VisaNeed,
            r.Profile.WantsMentor,
            r.Profile.Tags.Where(t => t.Kind == TagKind.Specialty).OrderBy(t => t.Value).Select(t => t.Value).ToList(),
            r.Profile.Tags.Where(t => t.Kind == TagKind.State).OrderBy(t => t.Value).Select(t => t.Value).ToList(),
            r.Profile.UpdatedAtUtc,
            db.Pairings.Any(p => p.Request!.MemberUserId == r.Profile.UserId && p.State == Mentoring.Pairings.PairingState.Accepted)
                ? MemberMentorState.Paired
                : db.Pairings.Any(p => p.Request!.MemberUserId == r.Profile.UserId && p.State == Mentoring.Pairings.PairingState.Proposed)
                    ? MemberMentorState.Proposed
                    : r.Profile.WantsMentor ? MemberMentorState.Wanted : MemberMentorState.NotWanted));

    private void RequireStaff()
    {
        if (!currentUser.IsStaff)
        {
            throw new UnauthorizedAccessException("Only staff may read the member directory.");
        }
    }

    private static string EscapeLike(string term) =>
        term.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal);
}
