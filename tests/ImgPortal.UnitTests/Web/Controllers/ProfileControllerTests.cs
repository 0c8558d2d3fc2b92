using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Web.Controllers;
using ImgPortal.Web.ViewModels.Profiles;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;

namespace ImgPortal.UnitTests.Web.Controllers;

public sealed class ProfileControllerTests
{
    [Fact]
    public async Task Edit_SavedFromAnotherWindowMeanwhile_ShowsTheFormAgainWithWhatWasTypedAndTheReasonAs409()
    {
        var profiles = new Mock<IProfileService>();
        profiles.Setup(p => p.SaveOwnAsync(It.IsAny<ProfileData>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(Outcome.Conflict(ProfileService.SavedMeanwhileMessage));
        var controller = new ProfileController(profiles.Object) { ControllerContext = new() { HttpContext = new DefaultHttpContext() } };
        var input = new ProfileInputModel { MedicalSchoolName = "Aga Khan University" };

        var result = await controller.Edit(input, CancellationToken.None);

        var view = Assert.IsType<ViewResult>(result);
        Assert.Same(input, Assert.IsType<ProfileEditViewModel>(view.Model).Input);
        Assert.Equal(StatusCodes.Status409Conflict, controller.Response.StatusCode);
        Assert.Contains(controller.ModelState.Values.SelectMany(v => v.Errors), e => e.ErrorMessage == ProfileService.SavedMeanwhileMessage);
    }
}
