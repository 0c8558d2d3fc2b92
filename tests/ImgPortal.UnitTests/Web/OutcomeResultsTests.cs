using ImgPortal.Core.Common;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Moq;

namespace ImgPortal.UnitTests.Web;

/// <summary>A refusal is never shown in the green success box (issue 21, ADR 0082).</summary>
public sealed class OutcomeResultsTests
{
    [Fact]
    public void ToResult_InvalidWithoutAForm_FlashesTheMessageAsARefusalNotAsStatus()
    {
        var controller = NewController();

        controller.ToResult(Outcome.Invalid("That cannot be done now."), onDone: () => new OkResult());

        Assert.Equal("That cannot be done now.", controller.TempData[OutcomeResults.RefusalKey]);
        Assert.False(controller.TempData.ContainsKey(OutcomeResults.FlashKey));
    }

    [Fact]
    public void ToResult_Done_FlashesTheMessageAsStatus()
    {
        var controller = NewController();

        controller.ToResult(Outcome.Done("Saved."), onDone: () => new OkResult());

        Assert.Equal("Saved.", controller.TempData[OutcomeResults.FlashKey]);
        Assert.False(controller.TempData.ContainsKey(OutcomeResults.RefusalKey));
    }

    private static TestController NewController()
    {
        var http = new DefaultHttpContext();
        return new TestController
        {
            ControllerContext = new ControllerContext { HttpContext = http },
            TempData = new TempDataDictionary(http, Mock.Of<ITempDataProvider>()),
        };
    }

    private sealed class TestController : Controller;
}
