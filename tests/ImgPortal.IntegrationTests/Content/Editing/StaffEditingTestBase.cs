using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>What the staff editing tests share: real SQLite, a fake clock starting at <see cref="Start"/>, and a fake signed-in staff member.</summary>
public abstract class StaffEditingTestBase
{
    protected static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    protected readonly FakeTimeProvider _clock = new(Start);
    protected readonly Mock<ICurrentUser> _user = new();

    protected StaffEditingTestBase()
    {
        _user.SetupGet(u => u.UserId).Returns("staff-1");
        _user.SetupGet(u => u.Name).Returns("editor@test.example");
        _user.Setup(u => u.IsInRole(Roles.Staff)).Returns(true);
        _user.SetupGet(u => u.IsStaff).Returns(true);
    }

    protected Task<TestDatabase> CreateAsync(IDictionary<string, string?>? settings = null) =>
        TestDatabase.CreateAsync(settings: settings, configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => _user.Object);
            services.AddSingleton<IReservedAddresses>(new FixedReservedAddresses("search", "staff"));
        });

    protected static Task<T> WithEditing<T>(TestDatabase database, Func<PageEditors, Task<T>> action) =>
        database.WithAsync(services => action(PageEditors.From(services)));

    protected static Task<int> PageIdAsync(TestDatabase database, string slug) =>
        database.WithAsync(services => services.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    protected static Task<string> TitleAsync(TestDatabase database, string slug) =>
        database.WithAsync(services => services.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Title).SingleAsync());
}
