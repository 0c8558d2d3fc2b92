using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Dashboard;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Dashboard;

/// <summary>The staff to-do list's counts on real SQLite, with a fake clock.</summary>
public sealed class StaffToDoTests
{
    private static readonly DateTimeOffset Now = new(2027, 12, 24, 15, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public async Task Get_AYearAfterTheSeedReviewAndTwoSchedules_CountsOverduePagesAndOnlyThisWeeksPublication()
    {
        var user = new Mock<ICurrentUser>();
        await using var database = await TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => user.Object);
        });
        var pages = await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var ids = await db.GuidancePages.OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync();
            db.PageDrafts.Add(new PageDraft { GuidancePageId = ids[0], Title = "A", Summary = "A", ScheduledPublishAtUtc = Now.UtcDateTime.AddDays(3) });
            db.PageDrafts.Add(new PageDraft { GuidancePageId = ids[1], Title = "B", Summary = "B", ScheduledPublishAtUtc = Now.UtcDateTime.AddDays(10) });
            await db.SaveChangesAsync();
            return await db.GuidancePages.CountAsync();
        });

        var items = await database.WithAsync(services => services.GetRequiredService<IStaffToDoService>().GetAsync());

        Assert.Equal(pages, items.Single(i => i.Kind == ToDoKind.PagesOverdueForReview).Count);
        Assert.Equal(1, items.Single(i => i.Kind == ToDoKind.ScheduledPublications).Count);
        Assert.Equal(
            [ToDoKind.MentorApplications, ToDoKind.RequestsWithoutProposal, ToDoKind.ProposalsAboutToExpire, ToDoKind.StuckPairings, ToDoKind.PagesOverdueForReview, ToDoKind.ScheduledPublications],
            items.Select(i => i.Kind));
    }
}
