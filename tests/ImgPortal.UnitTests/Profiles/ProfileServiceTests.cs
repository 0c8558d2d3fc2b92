using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.UnitTests.Profiles;

public sealed class ProfileServiceTests
{
    [Fact]
    public async Task GetByUserIdAsync_AnotherMembersId_ReturnsNullWithoutTouchingTheDatabase()
    {
        var db = new Mock<IAppDbContext>(MockBehavior.Strict);
        var me = new Mock<ICurrentUser>();
        me.SetupGet(u => u.UserId).Returns("member-a");
        me.Setup(u => u.IsInRole(It.IsAny<string>())).Returns(false);
        var service = new ProfileService(db.Object, me.Object, new FakeTimeProvider(), Mock.Of<IDatabaseErrors>());

        var profile = await service.GetByUserIdAsync("member-b");

        Assert.Null(profile);
        db.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SaveOwnAsync_InvalidData_ReturnsTheErrorsWithoutTouchingTheDatabase()
    {
        var db = new Mock<IAppDbContext>(MockBehavior.Strict);
        var me = new Mock<ICurrentUser>();
        me.SetupGet(u => u.UserId).Returns("member-a");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
        var service = new ProfileService(db.Object, me.Object, clock, Mock.Of<IDatabaseErrors>());

        var result = await service.SaveOwnAsync(new ProfileData { GraduationYear = 2026, Step1Result = ExamResult.Passed, Step1Date = new DateOnly(2026, 12, 1) });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == nameof(ProfileData.Step1Date));
        db.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("plain", "plain")]
    public void Csv_Value_IsQuotedAndDefusedForSpreadsheets(string value, string expected)
    {
        var field = MemberDirectoryService.Csv(value);

        Assert.Equal(expected, field);
    }
}
