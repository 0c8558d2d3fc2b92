using ImgPortal.Core.Common;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Every Staff-area controller derives from this: Staff or Admin only, the staff layout, flash messages.</summary>
[Area("Staff")]
[Authorize(Policy = Policies.StaffOnly)]
public abstract class StaffControllerBase : Controller
{
    /// <summary>Shows <paramref name="message"/> once, on the page the next redirect lands on.</summary>
    protected void Flash(string message) => OutcomeResults.Flash(this, message);
}
