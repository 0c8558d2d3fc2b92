using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Programs.Confirmations;

/// <summary>Coordinators' addresses cleared once their request has been finished for the retention period (ADR 0091).</summary>
public sealed class ConfirmationRetentionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private const int Days = 30;

    [Fact]
    public async Task ClearFinishedAddresses_PastTheRetentionDays_ClearsFinishedRequestsOnlyAndOnce()
    {
        await using var database = await TestDatabase.CreateAsync(
            settings: new Dictionary<string, string?> { ["ProgramConfirmations:EmailRetentionDays"] = Days.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            configure: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        var old = Now.UtcDateTime.AddDays(-Days - 1);
        var recent = Now.UtcDateTime.AddDays(-Days + 1);
        var requests = new Dictionary<string, ProgramConfirmationRequest>
        {
            ["expired long ago"] = Request(ProgramConfirmationStatus.Sent, expires: old),
            ["expired lately"] = Request(ProgramConfirmationStatus.Sent, expires: recent),
            ["still open"] = Request(ProgramConfirmationStatus.Sent, expires: Now.UtcDateTime.AddDays(5)),
            ["replaced long ago"] = Request(ProgramConfirmationStatus.Replaced, expires: old),
            ["confirmed long ago"] = Request(ProgramConfirmationStatus.Confirmed, used: old),
            ["confirmed lately"] = Request(ProgramConfirmationStatus.Confirmed, used: recent),
            ["proposed long ago, not reviewed"] = Request(ProgramConfirmationStatus.Proposed, used: old.AddDays(-100)),
            ["accepted long ago"] = Request(ProgramConfirmationStatus.Accepted, used: old.AddDays(-3), reviewed: old),
            ["rejected lately"] = Request(ProgramConfirmationStatus.Rejected, used: old, reviewed: recent),
        };
        var original = requests.ToDictionary(r => r.Key, r => r.Value.CoordinatorEmail);
        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var program = Program();
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            foreach (var request in requests.Values)
            {
                request.ProgramId = program.Id;
                db.ProgramConfirmationRequests.Add(request);
            }

            return await db.SaveChangesAsync();
        });

        var cleared = await database.WithAsync(s => s.GetRequiredService<IConfirmationRetentionService>().ClearFinishedAddressesAsync());
        var again = await database.WithAsync(s => s.GetRequiredService<IConfirmationRetentionService>().ClearFinishedAddressesAsync());

        var addresses = await database.WithAsync(s => s.GetRequiredService<AppDbContext>().ProgramConfirmationRequests.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.CoordinatorEmail));
        var clearedNames = requests.Where(r => addresses[r.Value.Id].Length == 0).Select(r => r.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["accepted long ago", "confirmed long ago", "expired long ago", "replaced long ago"], clearedNames);
        Assert.Equal(4, cleared);
        Assert.Equal(0, again);
        Assert.All(requests.Where(r => !clearedNames.Contains(r.Key)), r => Assert.Equal(original[r.Key], addresses[r.Value.Id]));
    }

    [Fact]
    public async Task Save_ARequest_TheAuditTrailNeverCopiesTheCoordinatorsAddress()
    {
        var staff = new Mock<ICurrentUser>();
        staff.SetupGet(u => u.UserId).Returns("staff-1");
        staff.SetupGet(u => u.IsStaff).Returns(true);
        await using var database = await TestDatabase.CreateAsync(configure: s =>
        {
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            s.AddSingleton(staff.Object);
        });
        const string address = "audited-coordinator@program.example.org";

        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var program = Program();
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            var request = Request(ProgramConfirmationStatus.Sent, expires: Now.UtcDateTime.AddDays(30));
            request.ProgramId = program.Id;
            request.CoordinatorEmail = address;
            db.ProgramConfirmationRequests.Add(request);
            return await db.SaveChangesAsync();
        });

        var entries = await database.WithAsync(s => s.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(ProgramConfirmationRequest)).ToListAsync());
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.DoesNotContain(address, (e.AfterJson ?? string.Empty) + (e.BeforeJson ?? string.Empty), StringComparison.Ordinal));
    }

    private static int _next;

    private static ProgramConfirmationRequest Request(ProgramConfirmationStatus status, DateTime? expires = null, DateTime? used = null, DateTime? reviewed = null)
    {
        var sent = (used ?? expires ?? Now.UtcDateTime).AddDays(-31);
        return new ProgramConfirmationRequest
        {
            CoordinatorEmail = $"coordinator-{Guid.NewGuid():N}@program.example.org",
            SentAtUtc = sent,
            ExpiresAtUtc = expires ?? sent.AddDays(30),
            UsedAtUtc = used,
            ReviewedAtUtc = reviewed,
            Status = status,
            Version = Guid.NewGuid(),
        };
    }

    private static ResidencyProgram Program()
    {
        var n = Interlocked.Increment(ref _next);
        return new ResidencyProgram
        {
            Key = $"retention-{n}-{Guid.NewGuid():N}"[..30],
            Name = $"Retention program {n}",
            Specialty = "Internal Medicine",
            SponsoringInstitution = "Test Hospital",
            Area = "Brooklyn",
            City = "Brooklyn",
            Website = "https://program.example.org/",
            ExistenceSource = "https://program.example.org/ | Test program | 2026-12-01",
        };
    }
}
