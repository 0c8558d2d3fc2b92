using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Resilience;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Data.Resilience;

/// <summary>
/// Inside <see cref="ReadOnlyScope"/> (where a busy form is shown again by running its action a second time) the
/// database is read as usual and every write is refused before it is sent; after the scope, writes work again.
/// </summary>
public sealed class ReadOnlyScopeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SaveChanges_InsideTheScope_IsRefusedAndNothingIsWritten()
    {
        var id = await FirstTermIdAsync();

        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using (ReadOnlyScope.Begin())
            {
                var term = await db.GlossaryTerms.SingleAsync(t => t.Id == id);
                term.Definition = "Written while the form was shown again.";

                await Assert.ThrowsAsync<WriteRefusedInReadOnlyScopeException>(() => db.SaveChangesAsync());
            }
        }

        Assert.NotEqual("Written while the form was shown again.", await DefinitionOfAsync(id));
    }

    [Fact]
    public async Task BulkUpdate_InsideTheScope_IsRefusedAndNothingIsWritten()
    {
        var id = await FirstTermIdAsync();

        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using (ReadOnlyScope.Begin())
            {
                var refused = await Record.ExceptionAsync(() => db.GlossaryTerms.Where(t => t.Id == id)
                    .ExecuteUpdateAsync(set => set.SetProperty(t => t.Definition, "Bulk write while shown again.")));

                Assert.True(refused is not null && ReadOnlyScope.Refused(refused), refused?.ToString());
            }
        }

        Assert.NotEqual("Bulk write while shown again.", await DefinitionOfAsync(id));
    }

    [Fact]
    public async Task SaveChanges_AfterTheScopeEnded_Writes()
    {
        var id = await FirstTermIdAsync();
        using (ReadOnlyScope.Begin())
        {
            Assert.True(ReadOnlyScope.IsActive);
        }

        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var term = await db.GlossaryTerms.SingleAsync(t => t.Id == id);
            term.Definition = "Written after the scope.";
            await db.SaveChangesAsync();
        }

        Assert.False(ReadOnlyScope.IsActive);
        Assert.Equal("Written after the scope.", await DefinitionOfAsync(id));
    }

    private Task<int> FirstTermIdAsync() =>
        _database.WithAsync(services => services.GetRequiredService<AppDbContext>().GlossaryTerms.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());

    private Task<string> DefinitionOfAsync(int id) =>
        _database.WithAsync(services => services.GetRequiredService<AppDbContext>().GlossaryTerms.Where(t => t.Id == id).Select(t => t.Definition).SingleAsync());
}
