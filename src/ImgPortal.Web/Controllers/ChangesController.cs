using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ImgPortal.Core.Alerts;
using ImgPortal.Core.Common;
using ImgPortal.Web.ViewModels.Alerts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>The public change log: <c>/changes</c> for people, <c>/changes.atom</c> (Atom 1.0) for feed readers (ADR 0078).</summary>
[AllowAnonymous]
public sealed class ChangesController(IChangeLogService changes, IPortalLinks links, TimeProvider clock) : Controller
{
    public const int PageSize = 20;

    /// <summary>Entries in the feed: the newest.</summary>
    public const int FeedSize = 50;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [HttpGet("/changes")]
    public async Task<IActionResult> Index(string? topic, string? state, int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await changes.ListAsync(topic, state, page, PageSize, cancellationToken);
        return View(new ChangesViewModel(result, ChangeTopics.Find(topic)?.Key, UsStates.Find(state?.ToUpperInvariant())?.Code));
    }

    [HttpGet("/changes.atom")]
    public async Task<IActionResult> Feed(string? topic, string? state, CancellationToken cancellationToken)
    {
        var result = await changes.ListAsync(topic, state, 1, FeedSize, cancellationToken);
        var self = links.Absolute(ChangeFeeds.PathFor(topic, state)).AbsoluteUri;
        var updated = result.Items.Count > 0 ? result.Items[0].PublishedAtUtc : clock.GetUtcNow().UtcDateTime;
        var feed = new XElement(
            Atom + "feed",
            new XElement(Atom + "id", self),
            new XElement(Atom + "title", Title(topic, state)),
            new XElement(Atom + "subtitle", "Changes our staff published to the portal's guidance and records."),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "ImgPortal")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", self)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", links.Absolute("/changes").AbsoluteUri)),
            result.Items.Select(c => new XElement(
                Atom + "entry",
                new XElement(Atom + "id", links.Absolute("/changes").AbsoluteUri + "#change-" + c.Id.ToString(CultureInfo.InvariantCulture)),
                new XElement(Atom + "title", c.Title),
                new XElement(Atom + "updated", Time(c.PublishedAtUtc)),
                new XElement(Atom + "published", Time(c.PublishedAtUtc)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", links.Absolute(c.Link).AbsoluteUri)),
                new XElement(Atom + "category", new XAttribute("term", c.Topic), new XAttribute("label", c.TopicName)),
                c.State is { } code ? new XElement(Atom + "category", new XAttribute("term", "state:" + code), new XAttribute("label", UsStates.NameOf(code))) : null,
                new XElement(Atom + "summary", new XAttribute("type", "text"), c.Summary))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
        return Content(document.Declaration + "\n" + document.Root, "application/atom+xml", Encoding.UTF8);
    }

    private static string Title(string? topic, string? state) =>
        UsStates.Find(state?.ToUpperInvariant()) is { } chosen ? $"ImgPortal changes: {chosen.Name}"
        : ChangeTopics.Find(topic) is { } found ? $"ImgPortal changes: {found.Name}"
        : "ImgPortal changes";

    private static string Time(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
