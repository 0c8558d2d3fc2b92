using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.TestSupport;
using MimeKit;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>The portal with <c>Publishing:RequireApproval</c> on.</summary>
public sealed class ApprovalPortalFactory : PortalFactory
{
    public ApprovalPortalFactory()
    {
        With("Publishing:RequireApproval", "true");
    }
}

/// <summary>"Send for review" through the real pipeline (ADR 0093): send, to-do, e-mail, comment, return, approve, publish.</summary>
public sealed partial class DraftReviewTests(ApprovalPortalFactory factory) : IClassFixture<ApprovalPortalFactory>
{
    private const string Editor = "#page-editor";

    [Fact]
    public async Task SendForReview_WholeWorkflow_PublishesOnlyTheVersionTheColleagueApproved()
    {
        var (author, _, _) = await StaffAsync("author");
        var (reviewer, reviewerId, reviewerEmail) = await StaffAsync("reviewer");
        var id = await StaffForms.PageIdAsync(author, "echo");
        var editor = await HtmlPage.GetAsync(author, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Title"] = "ECHO, reviewed" });

        // Publishing without an approval is refused, saying what to do.
        var refused = await draft.SubmitAsync(author, new Dictionary<string, string>(), "#publish-form");
        Assert.Contains(PagePublishing.ApprovalMessage, Text(refused), StringComparison.Ordinal);

        // Send for review: a to-do on the colleague's staff home and an e-mail with a working link.
        var sent = await refused.SubmitAsync(author, new Dictionary<string, string> { ["reviewerUserId"] = reviewerId, ["note"] = "Please check the new title." }, "#send-review-form");
        Assert.Contains($"Sent for review: {reviewerEmail}", Text(sent), StringComparison.Ordinal);
        var home = await HtmlPage.GetAsync(reviewer, "/staff");
        var todo = home.Document.QuerySelector("#drafts-to-review a");
        Assert.Equal("ECHO, reviewed", todo?.TextContent.Trim());
        Assert.Equal($"/staff/pages/{id}#draft-review", todo?.GetAttribute("href"));
        var mail = await ReviewMailAsync(reviewerEmail);
        Assert.Equal("Please review the draft of “ECHO, reviewed”", mail.Subject);
        var link = LinkTo(mail, $"/staff/pages/{id}");
        Assert.Equal("#draft-review", link.Fragment);
        var opened = await HtmlPage.GetAsync(reviewer, link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.NotNull(opened.Document.QuerySelector("#draft-review #approve-form"));

        // Until the colleague approves, the refusal names them.
        var stillRefused = await sent.SubmitAsync(author, new Dictionary<string, string>(), "#publish-form");
        Assert.Contains($"{reviewerEmail} has not approved this draft yet", Text(stillRefused), StringComparison.Ordinal);

        // The colleague comments, then returns it with a comment: both shown with author and time.
        var commented = await opened.SubmitAsync(reviewer, new Dictionary<string, string> { ["comment"] = "The summary is fine." }, "#comment-form");
        var returned = await commented.SubmitAsync(reviewer, new Dictionary<string, string> { ["comment"] = "Say which year the fee is for." }, "#return-form");
        Assert.Contains("Returned to", Text(returned), StringComparison.Ordinal);
        var comments = returned.Document.QuerySelectorAll(".draft-comment");
        Assert.Equal(
            ["Please check the new title.", "The summary is fine.", "Say which year the fee is for."],
            comments.Select(c => c.QuerySelector(".comment-text")!.TextContent.Trim()));
        Assert.Equal(reviewerEmail, comments[^1].QuerySelector(".comment-author")!.TextContent.Trim());
        Assert.NotNull(comments[^1].QuerySelector("time[datetime]"));
        Assert.Equal(nameof(DraftReviewStatus.Returned), returned.Document.QuerySelector(".draft-review-row")!.GetAttribute("data-status"));

        // The author changes the text and asks again; the colleague approves this version.
        var fixedDraft = await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}"))
            .SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Summary"] = "Fees for 2027." });
        var again = await fixedDraft.SubmitAsync(author, new Dictionary<string, string> { ["reviewerUserId"] = reviewerId }, "#send-review-form");
        var approved = await (await HtmlPage.GetAsync(reviewer, link.PathAndQuery)).SubmitAsync(reviewer, new Dictionary<string, string>(), "#approve-form");
        Assert.Contains("Approved:", Text(approved), StringComparison.Ordinal);
        Assert.Null((await HtmlPage.GetAsync(reviewer, "/staff")).Document.QuerySelector("#drafts-to-review a"));

        // Saving again drops the approval: publishing is refused until the new text is approved.
        var savedAfter = await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}"))
            .SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Summary"] = "Fees for the 2027 year." });
        Assert.Contains("no longer counts", Text(savedAfter), StringComparison.Ordinal);
        var refusedAfterSave = await savedAfter.SubmitAsync(author, new Dictionary<string, string>(), "#publish-form");
        Assert.Contains($"{reviewerEmail} approved an earlier version", Text(refusedAfterSave), StringComparison.Ordinal);
        Assert.NotEqual("ECHO, reviewed", (await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/echo")).Heading);

        // Asked once more and approved, the author publishes.
        await refusedAfterSave.SubmitAsync(author, new Dictionary<string, string> { ["reviewerUserId"] = reviewerId }, "#send-review-form");
        await (await HtmlPage.GetAsync(reviewer, link.PathAndQuery)).SubmitAsync(reviewer, new Dictionary<string, string>(), "#approve-form");
        var published = await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}")).SubmitAsync(author, new Dictionary<string, string>(), "#publish-form");

        Assert.Contains("Published", Text(published), StringComparison.Ordinal);
        Assert.Equal("ECHO, reviewed", (await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/echo")).Heading);
        Assert.Null(again.Document.QuerySelector("#approve-form"));
    }

    [Fact]
    public async Task Publish_AColleagueWhoDidNotSaveTheDraft_CountsAsTheirApproval()
    {
        var (author, _, _) = await StaffAsync("author");
        var (colleague, _, _) = await StaffAsync("colleague");
        var id = await StaffForms.PageIdAsync(author, "mentoring");
        await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}"))
            .SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Title"] = "Mentoring, read by a colleague" });

        var published = await (await HtmlPage.GetAsync(colleague, $"/staff/pages/{id}")).SubmitAsync(colleague, new Dictionary<string, string>(), "#publish-form");

        Assert.Contains("Published", Text(published), StringComparison.Ordinal);
        Assert.Equal("Mentoring, read by a colleague", (await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/mentoring")).Heading);
    }

    [Fact]
    public async Task Approve_SomeoneNotAskedToReview_IsForbidden()
    {
        var (author, _, _) = await StaffAsync("author");
        var (bystander, _, _) = await StaffAsync("bystander");
        var id = await StaffForms.PageIdAsync(author, "credentialing");
        var draft = await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}"))
            .SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Title"] = "Credentialing, unasked" });
        var page = await HtmlPage.GetAsync(bystander, $"/staff/pages/{id}");

        var response = await bystander.PostAsync($"/staff/pages/{id}/draft-review/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.AntiforgeryToken,
            ["baseVersion"] = draft.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#publish-form input[name=baseVersion]")!.Value,
        }));

        Assert.Null(page.Document.QuerySelector("#approve-form"));
        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
                || response.RequestMessage!.RequestUri!.AbsolutePath.Contains("AccessDenied", StringComparison.OrdinalIgnoreCase),
            $"Expected a refusal, got {(int)response.StatusCode} at {response.RequestMessage?.RequestUri}");
    }

    [Theory]
    [InlineData("visas", "#approve-form", "Approved: the draft of", "approved the draft")]
    [InlineData("residency", "#return-form", "Returned: the draft of", "returned the draft")]
    public async Task Decide_ByTheReviewer_EmailsTheAuthorWhoDecidedWithTheCommentAndAWorkingLink(string slug, string form, string subject, string said)
    {
        var (author, _, authorEmail) = await StaffAsync("author");
        var (reviewer, reviewerId, reviewerEmail) = await StaffAsync("reviewer");
        var id = await StaffForms.PageIdAsync(author, slug);
        var draft = await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}"))
            .SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Title"] = $"Reviewed {slug}" });
        await draft.SubmitAsync(author, new Dictionary<string, string> { ["reviewerUserId"] = reviewerId }, "#send-review-form");

        var decided = await (await HtmlPage.GetAsync(reviewer, $"/staff/pages/{id}"))
            .SubmitAsync(reviewer, new Dictionary<string, string> { ["comment"] = "Checked against the agency's page." }, form);

        Assert.Equal(HttpStatusCode.OK, decided.Status);
        var mail = await MailAsync(authorEmail, subject);
        var body = HtmlPage.Fold(mail.TextBody ?? string.Empty);
        Assert.Contains($"{reviewerEmail} {said}", body, StringComparison.Ordinal);
        Assert.Contains("Checked against the agency's page.", body, StringComparison.Ordinal);
        var link = LinkTo(mail, $"/staff/pages/{id}");
        Assert.Equal("#draft-review", link.Fragment);
        var opened = await HtmlPage.GetAsync(author, link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.NotNull(opened.Document.QuerySelector("#draft-review"));
    }

    [Theory]
    [InlineData("state-pathways", "#return-form", "   ", "return-comment", "Not returned: say what should change in the comment.")]
    [InlineData("j1-waiver", "#comment-form", "", "draft-comment", "Write the comment first.")]
    [InlineData("get-involved", "#approve-form", null, "approve-comment", "A comment can be at most")]
    public async Task Review_RefusedComment_ShowsTheDraftPageAgainWithTheSummaryAndTheTypedComment(
        string slug, string form, string? comment, string field, string message)
    {
        var (author, _, _) = await StaffAsync("author");
        var (reviewer, reviewerId, _) = await StaffAsync("reviewer");
        var id = await StaffForms.PageIdAsync(author, slug);
        var draft = await (await HtmlPage.GetAsync(author, $"/staff/pages/{id}"))
            .SubmitAllAsync(author, Editor, new Dictionary<string, string> { ["Input.Title"] = $"Refused comment on {slug}" });
        await draft.SubmitAsync(author, new Dictionary<string, string> { ["reviewerUserId"] = reviewerId }, "#send-review-form");
        var typed = comment ?? new string('x', DraftComment.TextMaxLength + 1);

        var refused = await (await HtmlPage.GetAsync(reviewer, $"/staff/pages/{id}"))
            .SubmitAsync(reviewer, new Dictionary<string, string> { ["comment"] = typed }, form);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var summary = refused.Document.QuerySelector("main > #error-summary");
        Assert.NotNull(summary);
        Assert.Contains("Nothing was saved", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains(message, summary.QuerySelector($"a[href='#{field}']")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        var box = refused.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>($"#{field}");
        // The binder reads a blank comment as none; anything else comes back exactly as typed.
        Assert.Equal(string.IsNullOrWhiteSpace(typed) ? string.Empty : typed, box?.Value);
        Assert.Equal("true", box?.GetAttribute("aria-invalid"));
        Assert.Empty(refused.Document.QuerySelectorAll(".draft-comment"));
        Assert.Equal(nameof(DraftReviewStatus.Requested), refused.Document.QuerySelector(".draft-review-row")!.GetAttribute("data-status"));
    }

    /// <summary>The newest review request e-mailed to <paramref name="address"/>: the outbox writes it in the background.</summary>
    private Task<MimeMessage> ReviewMailAsync(string address) => MailAsync(address, "Please review");

    /// <summary>The newest e-mail to <paramref name="address"/> whose subject starts with <paramref name="subject"/>: the outbox writes it in the background.</summary>
    private async Task<MimeMessage> MailAsync(string address, string subject)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (factory.Mailbox.MessagesTo(address).LastOrDefault(m => m.Subject?.StartsWith(subject, StringComparison.Ordinal) == true) is { } mail)
            {
                return mail;
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"No e-mail \"{subject}…\" was sent to {address}.");
    }

    private static Uri LinkTo(MimeMessage mail, string path) =>
        HrefPattern().Matches(mail.HtmlBody ?? string.Empty)
            .Select(m => new Uri(WebUtility.HtmlDecode(m.Groups[1].Value)))
            .First(u => u.AbsolutePath == path);

    [GeneratedRegex("href=['\"]([^'\"]+)['\"]", RegexOptions.IgnoreCase)]
    private static partial Regex HrefPattern();

    private static string Text(HtmlPage page) => HtmlPage.Fold(page.Document.Body?.TextContent ?? string.Empty);

    private async Task<(HttpClient Client, string Id, string Email)> StaffAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@test.example";
        var id = await factory.CreateUserAsync(email, Roles.Staff);
        var client = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        return (client, id, email);
    }
}
