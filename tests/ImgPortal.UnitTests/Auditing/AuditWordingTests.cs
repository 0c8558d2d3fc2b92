using System.Text.Json;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Records;
using Microsoft.Extensions.Options;
using Moq;

namespace ImgPortal.UnitTests.Auditing;

public class AuditWordingTests
{
    private static readonly DateTime At = new(2026, 7, 1, 16, 0, 0, DateTimeKind.Utc);

    private readonly Mock<IAuditSchema> _schema = new();

    [Fact]
    public void ValueText_EnumStoredAsNumber_IsItsNameInWords()
    {
        _schema.Setup(s => s.PropertyType("Mentor", "Status")).Returns(typeof(MentorStatus));
        _schema.Setup(s => s.PropertyType("Mentor", "HelpAreas")).Returns(typeof(HelpAreas));
        var wording = Wording();

        var status = wording.ValueText("Mentor", "Status", Json("1"));
        var areas = wording.ValueText("Mentor", "HelpAreas", Json("5"));

        Assert.Equal("Approved", status);
        Assert.Equal("Culture and language, Interviewing", areas);
    }

    [Fact]
    public void ValueText_TimesFlagsAndBlanks_ArePlainText()
    {
        _schema.Setup(s => s.PropertyType("GuidancePage", "ScheduledPublishAtUtc")).Returns(typeof(DateTime?));
        var wording = Wording();

        var time = wording.ValueText("GuidancePage", "ScheduledPublishAtUtc", Json("\"2026-07-01T16:00:00Z\""));
        var flag = wording.ValueText("GuidancePage", "IsRetired", Json("true"));
        var blank = wording.ValueText("GuidancePage", "Source", Json("null"));

        Assert.Equal("Jul 1, 2026, 12:00 PM (New York time)", time);
        Assert.Equal("yes", flag);
        Assert.Equal("(empty)", blank);
    }

    [Fact]
    public void Describe_PublishWithARevision_IsOneEntryNamedPublishedWithThePageChangesOnly()
    {
        var rows = new[]
        {
            Row(1, "GuidancePage", "7", AuditAction.Modified, """{"Title":"J-1"}""", """{"Title":"J-1 waiver"}"""),
            Row(2, "PageRevision", "30", AuditAction.Added, null, """{"Title":"J-1 waiver","Body":"Long text"}"""),
        };

        var entry = Wording().Describe(rows);

        Assert.Equal("Ana Ruiz published the page “J-1 waiver”: 1 change", entry.Headline);
        Assert.Equal(new AuditChange("page", "Title", "J-1", "J-1 waiver"), Assert.Single(entry.Changes));
        Assert.Equal(("GuidancePage", 7), (entry.SubjectType, entry.SubjectId));
    }

    [Fact]
    public void Describe_StatusMovedToApproved_SaysApprovedAndUsesTheCurrentTitleWhenTheRowsHaveNone()
    {
        _schema.Setup(s => s.PropertyType("Mentor", "Status")).Returns(typeof(MentorStatus));
        var rows = new[] { Row(1, "Mentor", "3", AuditAction.Modified, """{"Status":0}""", """{"Status":1}""") };

        var entry = Wording().Describe(rows, "Dr. X");

        Assert.Equal("Ana Ruiz approved the mentor “Dr. X”: 1 change", entry.Headline);
        Assert.Equal("Pending", entry.Changes[0].Before);
        Assert.Equal("Approved", entry.Changes[0].After);
    }

    [Fact]
    public void Describe_SectionsReplacedOnPublish_ListOnlyTheFieldsThatDifferWithoutRenderedHtml()
    {
        var rows = new[]
        {
            Row(1, "GuidancePage", "7", AuditAction.Modified, """{"Title":"J-1"}""", """{"Title":"J-1 waiver"}"""),
            Row(2, "PageSection", "40", AuditAction.Deleted, """{"Id":40,"SortOrder":1,"Heading":"Fees","BodyMarkdown":"Old","BodyHtml":"<p>Old</p>"}""", null),
            Row(3, "PageSection", "41", AuditAction.Deleted, """{"Id":41,"SortOrder":2,"Heading":"Dates","BodyMarkdown":"Same","BodyHtml":"<p>Same</p>"}""", null),
            Row(4, "PageSection", "50", AuditAction.Added, null, """{"Id":50,"SortOrder":10,"Heading":"Fees","BodyMarkdown":"New","BodyHtml":"<p>New</p>"}"""),
            Row(5, "PageRevision", "30", AuditAction.Added, null, """{"Title":"J-1 waiver"}"""),
        };

        var entry = Wording().Describe(rows);

        Assert.Equal(
            [new AuditChange("page", "Title", "J-1", "J-1 waiver"), new AuditChange("page section “Fees”", "Sort order", "1", "10"), new AuditChange("page section “Fees”", "Body markdown", "Old", "New"), new AuditChange("page section", "Removed", "“Dates”", "(none)")],
            entry.Changes);
    }

    [Theory]
    [InlineData("CultureAndLanguage", "Culture and language")]
    [InlineData("MentorId", "Mentor ID")]
    [InlineData("IdentityUserRole", "Identity user role")]
    public void Humanize_PascalCaseName_IsWordsInSentenceCase(string name, string expected)
    {
        var words = AuditWording.Humanize(name);

        Assert.Equal(expected, words);
    }

    private AuditWording Wording() =>
        new(new RecordCatalog([]), _schema.Object, new StaffTimeZone(Options.Create(new StaffTimeOptions())));

    private static AuditRow Row(long id, string type, string key, AuditAction action, string? before, string? after) =>
        new(id, "a1", At, "Ana Ruiz", action, type, key, before, after);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}
