using System.Text.Json;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data;
using ImgPortal.IntegrationTests.Content.Editing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ImgPortal.IntegrationTests.Data.Auditing;

/// <summary>The audit trail of staff changes, written by the save interceptor in the same transaction. On real SQLite, with a fake clock and a fake signed-in user.</summary>
public sealed class StaffAuditInterceptorTests : StaffEditingTestBase
{
    [Fact]
    public async Task Interceptor_StaffModifiesAPage_RecordsOnlyTheChangedValuesBeforeAndAfter()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");

        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var page = await db.GuidancePages.SingleAsync(p => p.Id == id);
            page.Summary = "Audited summary";
            return await db.SaveChangesAsync();
        });

        var entry = await database.WithAsync(services =>
            services.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(GuidancePage) && a.Action == AuditAction.Modified));
        Assert.Equal(AuditAction.Modified, entry.Action);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
        Assert.Equal("staff-1", entry.ActorUserId);
        Assert.Equal("editor@test.example", entry.ActorName);
        Assert.Equal(Start.UtcDateTime, entry.AtUtc);
        var before = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.BeforeJson!)!;
        var after = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.AfterJson!)!;
        Assert.Equal(["Summary"], after.Keys);
        Assert.Equal("Audited summary", after["Summary"].GetString());
        Assert.NotEqual("Audited summary", before["Summary"].GetString());
    }

    [Fact]
    public async Task Interceptor_DeletedRecord_KeepsItsEntryWithTheValuesBefore()
    {
        await using var database = await CreateAsync();

        var deletedId = await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var organization = await db.Organizations.OrderBy(o => o.Id).FirstAsync();
            db.Organizations.Remove(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

        var entry = await database.WithAsync(services =>
            services.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Organization) && a.Action == AuditAction.Deleted));
        Assert.Equal(AuditAction.Deleted, entry.Action);
        Assert.Null(entry.AfterJson);
        Assert.Contains("\"Name\":", entry.BeforeJson, StringComparison.Ordinal);
        Assert.Equal(deletedId.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
    }

    [Fact]
    public async Task Interceptor_EntryThatCannotBeSaved_LeavesTheChangeUnsavedToo()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        var before = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"));

        var save = () => database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.GuidancePages.SingleAsync(p => p.Id == id)).Summary = "Changed without its audit entry";
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(save);
        var after = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Interceptor_ChangeAndItsEntry_CommitTogether()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");

        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.GuidancePages.SingleAsync(p => p.Id == id)).Summary = "Changed with its entry";
            return await db.SaveChangesAsync();
        });

        var summary = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        var entries = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.EntityType == nameof(GuidancePage) && a.AfterJson!.Contains("Changed with its entry")));
        Assert.Equal("Changed with its entry", summary);
        Assert.Equal(1, entries);
    }

    [Fact]
    public async Task Interceptor_ChangeByAMember_IsNotRecorded()
    {
        _user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns(false);
        _user.SetupGet(u => u.IsStaff).Returns(false);
        await using var database = await CreateAsync();

        var count = await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.GuidancePages.FirstAsync()).Summary = "Changed by nobody on staff";
            await db.SaveChangesAsync();
            return await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Modified);
        });

        Assert.Equal(0, count);
    }
}
