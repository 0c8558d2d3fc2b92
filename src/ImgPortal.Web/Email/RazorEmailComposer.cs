using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Email;

/// <summary>
/// Renders every e-mail with the one Razor template (<c>Views/Email/Message.cshtml</c> in
/// <c>Views/Email/_EmailLayout.cshtml</c>), outside any request, so background services use it too. The
/// plain-text part is the same content with each link written out as its address.
/// </summary>
public sealed class RazorEmailComposer(
    IRazorViewEngine views,
    ITempDataProvider tempData,
    IServiceProvider services,
    IPortalLinks links,
    IOptions<PortalOptions> portal) : IEmailComposer
{
    public const string TemplatePath = "/Views/Email/Message.cshtml";

    public async Task<EmailMessage> ComposeAsync(EmailContent content, CancellationToken cancellationToken = default)
    {
        var organization = portal.Value.Organization;
        var model = new EmailViewModel(content, links.Absolute("/"), links.Absolute("/privacy"), links.Absolute(organization.ContactPath), organization);
        var html = await RenderAsync(model);
        return new EmailMessage(content.To, content.Subject, html, HtmlToText.Convert(html), ListUnsubscribe: content.Unsubscribe?.AbsoluteUri);
    }

    private async Task<string> RenderAsync(EmailViewModel model)
    {
        var httpContext = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor());
        var found = views.GetView(executingFilePath: null, viewPath: TemplatePath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The e-mail template {TemplatePath} was not found.");
        }

        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<EmailViewModel>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = model };
        var context = new ViewContext(actionContext, found.View, viewData, new TempDataDictionary(httpContext, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(context);
        return writer.ToString();
    }
}
