using System.Data;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Directory;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Directory;

/// <summary>
/// What keeps the directory's cost flat with size (docs/performance.md, "Directory and roadmap"): a specialty and
/// state pair seeks its own index entries, and a page's queries share one connection.
/// </summary>
public sealed class DirectoryQueryCostTests
{
    [Fact]
    public async Task DirectoryCount_SpecialtyAndState_SeeksBothInOneIndexWithoutReadingRows()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // The bounded count the directory runs for a specialty and a state (MentorDirectoryService.DirectoryAsync).
        command.CommandText = """
            EXPLAIN QUERY PLAN
            SELECT COUNT(*) FROM (
                SELECT 1 FROM "Mentors" AS "m"
                WHERE "m"."Status" = 'Approved' AND "m"."ListInDirectory" AND "m"."Specialty" = 'Pediatrics' AND "m"."State" = 'NY'
                LIMIT 501)
            """;

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.Contains(
            "SEARCH m USING COVERING INDEX IX_Mentors_Status_Specialty_State_DisplayName_ListInDirectory (Status=? AND Specialty=? AND State=?)",
            plan);
    }

    [Fact]
    public async Task DirectoryAsync_AfterItsQueries_KeepsTheOneConnectionOpenForTheRestOfTheRequest()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var read = database.Scope();
        var db = read.ServiceProvider.GetRequiredService<AppDbContext>();
        var directory = MentorDirectory(read.ServiceProvider);
        var connection = db.Database.GetDbConnection();

        await directory.DirectoryAsync(new DirectoryFilter("Pediatrics", "Hindi", "NY"), 1);

        // EF alone closes the connection after each query; held open, the next query takes no pooled connection.
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Same(connection, db.Database.GetDbConnection());
    }
}
