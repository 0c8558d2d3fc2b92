using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Web.Controllers;
using ImgPortal.Web.ViewModels.Guidance;
using Microsoft.AspNetCore.Mvc;
using Moq;

namespace ImgPortal.UnitTests.Web.Controllers;

public sealed class GuidanceControllerTests
{
    private readonly Mock<IGuidanceService> _guidance = new();

    [Fact]
    public async Task Show_UnknownSlug_ReturnsNotFound()
    {
        _guidance.Setup(g => g.LookupAsync("nope", It.IsAny<CancellationToken>())).ReturnsAsync(new PageLookup(null, false, null));
        var controller = new GuidanceController(_guidance.Object);

        var result = await controller.Show("nope", CancellationToken.None);

        Assert.IsType<NotFoundResult>(result);
    }

    [Fact]
    public async Task Show_KnownSlug_ShowsThePage()
    {
        var page = new GuidancePageDetail("echo", "ECHO", "Summary", "<p>Body</p>", "Source", new DateOnly(2026, 11, 23),
            PageFeature.None, [], [], [], [], []);
        _guidance.Setup(g => g.LookupAsync("echo", It.IsAny<CancellationToken>())).ReturnsAsync(new PageLookup(page, false, null));
        var controller = new GuidanceController(_guidance.Object);

        var result = await controller.Show("echo", CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Same(page, Assert.IsType<GuidancePageViewModel>(view.Model).Page);
    }

    [Fact]
    public async Task Show_RetiredWithRedirect_RedirectsPermanentlyWhereStaffSaid()
    {
        _guidance.Setup(g => g.LookupAsync("old-page", It.IsAny<CancellationToken>())).ReturnsAsync(new PageLookup(null, true, "/residency"));
        var controller = new GuidanceController(_guidance.Object);

        var result = await controller.Show("old-page", CancellationToken.None);

        var redirect = Assert.IsType<RedirectResult>(result);
        Assert.True(redirect.Permanent);
        Assert.Equal("/residency", redirect.Url);
    }

    [Fact]
    public async Task SearchIndex_OverlongQuery_IsCutBeforeSearching()
    {
        _guidance.Setup(g => g.SearchAsync(It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new PagedResult<SearchHit>([], 1, Paging.DefaultPageSize, 0));
        var controller = new SearchController(_guidance.Object);

        var result = await controller.Index(new string('a', 500), 1, CancellationToken.None);

        var model = Assert.IsType<SearchViewModel>(Assert.IsType<ViewResult>(result).Model);
        Assert.Equal(GuidanceService.MaxQueryLength, model.Query.Length);
        _guidance.Verify(g => g.SearchAsync(It.Is<string>(q => q.Length == GuidanceService.MaxQueryLength), 1, Paging.DefaultPageSize, It.IsAny<CancellationToken>()));
    }
}
