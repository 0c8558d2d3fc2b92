using ImgPortal.Core.Common;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Moq;

namespace ImgPortal.UnitTests.Web.Extensions;

/// <summary>
/// A refusal is never shown in the green success box (issue 21, ADR 0082); every field's message reaches the form at
/// once (ADR 0097).
/// </summary>
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

    [Fact]
    public async Task ToResultAsync_ConflictRefusedTo_FlashesTheRefusalAndGoesOn()
    {
        var controller = NewController();
        var outcome = Outcome.Conflict("Someone else saved first.");

        var result = await controller.ToResultAsync(
            outcome,
            onDone: () => new OkResult(),
            onInvalid: () => Task.FromResult<IActionResult>(new BadRequestResult()),
            onConflict: controller.RefusedTo(outcome, () => new RedirectResult("/back")));

        Assert.Equal("/back", Assert.IsType<RedirectResult>(result).Url);
        Assert.Equal("Someone else saved first.", controller.TempData[OutcomeResults.RefusalKey]);
        Assert.Equal(0, controller.ModelState.ErrorCount);
    }

    [Fact]
    public async Task ToResultAsync_InvalidWithSeveralFields_ShowsTheFormWithEveryMessage()
    {
        var controller = NewController();

        var result = await controller.ToResultAsync(
            Outcome.Invalid([new FieldError("Rating", "Choose a rating."), new FieldError("Comment", "Shorter, please.")]),
            onDone: () => new OkResult(),
            onInvalid: () => Task.FromResult<IActionResult>(new ViewResult()),
            prefix: "Input");

        Assert.IsType<ViewResult>(result);
        Assert.Equal(StatusCodes.Status400BadRequest, controller.Response.StatusCode);
        Assert.Equal(["Input.Comment", "Input.Rating"], controller.ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddMissingErrors_FieldTheBinderRefused_KeepsItsMessageAndAddsTheOthers()
    {
        var controller = NewController();
        controller.ModelState.AddModelError("Input.Specialty", "The binder's message.");

        controller.AddMissingErrors([new FieldError("Specialty", "The rule's message."), new FieldError("MatchYear", "Enter the Match year.")], "Input");

        Assert.Equal("The binder's message.", Assert.Single(controller.ModelState["Input.Specialty"]!.Errors).ErrorMessage);
        Assert.Equal("Enter the Match year.", Assert.Single(controller.ModelState["Input.MatchYear"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void AddMissingErrors_ListWhosePartTheBinderRefused_AddsNoSecondMessageForTheWholeList()
    {
        var controller = NewController();
        controller.ModelState.AddModelError("Licenses[1].Number", "Keep the number short.");

        controller.AddMissingErrors([new FieldError("Licenses", "Give each license's state and number."), new FieldError("Bio", "Write a short bio.")]);

        Assert.False(controller.ModelState.ContainsKey("Licenses"));
        Assert.Equal("Write a short bio.", Assert.Single(controller.ModelState["Bio"]!.Errors).ErrorMessage);
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
