using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Directory;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Directory;

/// <summary>The directory's bounded count and pages on real SQLite: stable order, nothing twice, nothing skipped.</summary>
public sealed class DirectoryPagingTests
{
    [Fact]
    public async Task DirectoryAsync_WalkingEveryPageOfAFilter_ListsEachMatchOnceInNameThenIdOrder()
    {
        await using var database = await TestDatabase.CreateAsync();
        // Names repeat (seven mentors share each), so the order must break ties by id to stay stable.
        var expected = await AddMentorsAsync(database, 70, i => $"Dr {i % 10}", i => i % 7 == 0 ? "Pediatrics" : "Psychiatry");
        await using var read = database.Scope();
        var directory = MentorDirectory(read.ServiceProvider);
        var filter = new DirectoryFilter("Psychiatry", null, null);

        var first = await directory.DirectoryAsync(filter, 1);
        var pages = new List<DirectoryEntry>();
        for (var page = 1; page <= first.Page.TotalPages; page++)
        {
            pages.AddRange((await directory.DirectoryAsync(filter, page)).Page.Items);
        }

        var psychiatry = expected.Where(m => m.Specialty == "Psychiatry").OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Id).ToList();
        Assert.Equal(60, first.Page.TotalCount);
        Assert.False(first.MoreThanCounted);
        Assert.Equal(psychiatry.Select(m => m.Id), pages.Select(m => m.Id));
    }

    [Fact]
    public async Task DirectoryAsync_MoreMatchesThanTheCountLimit_SaysMoreThanAndStopsPagingAtTheLimit()
    {
        await using var database = await TestDatabase.CreateAsync();
        var limit = MentoringPaging.DirectoryCountLimit;
        await AddMentorsAsync(database, limit + 15, i => $"Dr {i:0000}", i => i < 12 ? "Pediatrics" : "Psychiatry");
        await using var read = database.Scope();
        var directory = MentorDirectory(read.ServiceProvider);

        var everyone = await directory.DirectoryAsync(new DirectoryFilter(null, null, null), 1);
        var farPage = await directory.DirectoryAsync(new DirectoryFilter(null, null, null), 1000);
        var pediatrics = await directory.DirectoryAsync(new DirectoryFilter("Pediatrics", null, null), 1);

        Assert.True(everyone.MoreThanCounted);
        Assert.Equal(limit, everyone.Page.TotalCount);
        Assert.Equal(MentoringPaging.DirectoryMaxPage, everyone.Page.TotalPages);
        Assert.Equal(MentoringPaging.DirectoryMaxPage, farPage.Page.Page);
        Assert.Equal($"Dr {limit - 1:0000}", farPage.Page.Items[^1].DisplayName);
        Assert.False(pediatrics.MoreThanCounted);
        Assert.Equal(12, pediatrics.Page.TotalCount);
    }

    /// <summary>Adds approved, listed mentors (with their users, no passwords) in one save; returns id, name and specialty.</summary>
    private static async Task<List<(int Id, string Name, string Specialty)>> AddMentorsAsync(
        TestDatabase database, int count, Func<int, string> name, Func<int, string> specialty)
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mentors = new List<Mentor>();
        for (var i = 0; i < count; i++)
        {
            var user = new ApplicationUser { UserName = $"paging{i}@directory.example", Email = $"paging{i}@directory.example" };
            user.NormalizedUserName = user.UserName.ToUpperInvariant();
            user.NormalizedEmail = user.Email.ToUpperInvariant();
            db.Users.Add(user);
            mentors.Add(Mentor(user.Id, name(i), specialty: specialty(i)));
        }

        db.Mentors.AddRange(mentors);
        await db.SaveChangesAsync();
        return [.. mentors.Select(m => (m.Id, m.DisplayName, m.Specialty))];
    }
}
