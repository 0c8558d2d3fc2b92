using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

public sealed class HomeController : StaffControllerBase
{
    [HttpGet("/staff")]
    public IActionResult Index() => View();
}
