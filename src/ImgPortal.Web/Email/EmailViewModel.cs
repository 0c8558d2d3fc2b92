using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

namespace ImgPortal.Web.Email;

/// <summary>What the e-mail template shows: the content, the portal's home, its privacy and contact pages, and who runs it.</summary>
public sealed record EmailViewModel(EmailContent Content, Uri Home, Uri Privacy, Uri Contact, PortalOrganization Organization);
