using ImgPortal.Core.Content;

namespace ImgPortal.UnitTests.Content;

public sealed class PageRulesTests
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase) { "search", "staff", "roadmap" };

    [Theory]
    [InlineData("visa-basics")]
    [InlineData("step-2")]
    [InlineData("h1b")]
    public void SlugProblem_WellFormedFreeAddress_IsNull(string slug) =>
        Assert.Null(PageRules.SlugProblem(slug, Reserved.Contains));

    [Theory]
    [InlineData("", "Give the page an address.")]
    [InlineData("Visa-Basics", "Use lowercase letters")]
    [InlineData("visa basics", "Use lowercase letters")]
    [InlineData("visa--basics", "Use lowercase letters")]
    [InlineData("-visa", "Use lowercase letters")]
    [InlineData("visa/basics", "Use lowercase letters")]
    [InlineData("search", "/search is already a part of the portal")]
    [InlineData("staff", "/staff is already a part of the portal")]
    public void SlugProblem_BadOrReservedAddress_SaysWhy(string slug, string expected) =>
        Assert.StartsWith(expected, PageRules.SlugProblem(slug, Reserved.Contains), StringComparison.Ordinal);

    [Fact]
    public void SlugProblem_TooLong_SaysTheLimit() =>
        Assert.Contains("80", PageRules.SlugProblem(new string('a', PageRules.SlugMaxLength + 1), Reserved.Contains), StringComparison.Ordinal);

    [Theory]
    [InlineData("/residency")]
    [InlineData("/search?q=waiver")]
    [InlineData("https://www.ecfmg.org/")]
    public void RedirectProblem_PortalPathOrHttpsAddress_IsNull(string target) =>
        Assert.Null(PageRules.RedirectProblem(target, "old-page"));

    [Theory]
    [InlineData("http://example.org/")]
    [InlineData("//evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("residency")]
    [InlineData("/old-page")]
    [InlineData("/with space")]
    public void RedirectProblem_InsecureExternalSelfOrMalformed_IsRefused(string target) =>
        Assert.NotNull(PageRules.RedirectProblem(target, "old-page"));

    [Theory]
    [InlineData("2025-01-14", 12, ReviewStatus.Overdue)]
    [InlineData("2025-01-15", 12, ReviewStatus.DueSoon)]
    [InlineData("2025-02-14", 12, ReviewStatus.DueSoon)]
    [InlineData("2025-02-15", 12, ReviewStatus.Current)]
    [InlineData("2025-10-14", 3, ReviewStatus.Overdue)]
    [InlineData("2026-01-01", 1, ReviewStatus.DueSoon)]
    public void ReviewStatusOn_ByInterval_OverdueTheDayAfterItFallsDueAndDueSoonWithin30Days(string reviewed, int months, ReviewStatus expected) =>
        Assert.Equal(expected, PageRules.ReviewStatusOn(DateOnly.Parse(reviewed), months, new DateOnly(2026, 1, 15)));

    [Fact]
    public void ReviewDueOn_TwelveMonths_IsTheSameDayNextYear() =>
        Assert.Equal(new DateOnly(2027, 3, 31), PageRules.ReviewDueOn(new DateOnly(2026, 3, 31), 12));

    [Theory]
    [InlineData("/\\evil.example/path")]
    [InlineData("https:/\\evil.example")]
    [InlineData("https:\\\\evil.example")]
    [InlineData("/path\\with-backslash")]
    public void RedirectProblem_ABackslash_IsRefusedNamingIt(string target) =>
        Assert.Contains("backslash", PageRules.RedirectProblem(target, "old-page"), StringComparison.Ordinal);

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("///evil.example/")]
    [InlineData("https:evil.example")]
    [InlineData("https:/evil.example")]
    [InlineData("https://")]
    [InlineData("https://user@evil.example/")]
    [InlineData("/tab\there")]
    [InlineData("/new\nline")]
    [InlineData("\u0001/residency")]
    [InlineData("HTTP://example.org/")]
    public void IsSafeRedirect_SchemeAndSlashTricks_AreRefused(string target) =>
        Assert.False(PageRules.IsSafeRedirect(target));

    [Theory]
    [InlineData("/residency")]
    [InlineData("/search?q=waiver#results")]
    [InlineData("https://www.ecfmg.org/")]
    [InlineData("HTTPS://www.ecfmg.org/echo")]
    public void IsSafeRedirect_APortalPathOrAnHttpsAddressWithAHost_IsAccepted(string target) =>
        Assert.True(PageRules.IsSafeRedirect(target));
}
