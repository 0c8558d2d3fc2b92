using System.Text.Json;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
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
            [new AuditChange("page", "Title", "J-1", "J-1 waiver"), new AuditChange("page section “Fees”", "Text", "Old", "New"), new AuditChange("page section", "Removed", "“Dates”", "(none)")],
            entry.Changes);
    }

    [Fact]
    public void Describe_PublishThatAlsoTouchedBookkeeping_ListsOnlyWhatAPersonChanged()
    {
        var rows = new[]
        {
            Row(1, "GuidancePage", "7", AuditAction.Modified,
                """{"Title":"J-1","UpdatedAtUtc":"2026-06-01T10:00:00Z","Version":"a","AwaitingFirstPublication":true}""",
                """{"Title":"J-1 waiver","UpdatedAtUtc":"2026-07-01T16:00:00Z","Version":"b","AwaitingFirstPublication":false}"""),
            Row(2, "PageSection", "40", AuditAction.Deleted, """{"SortOrder":10,"Heading":"Fees","BodyMarkdown":"Same"}""", null),
            Row(3, "PageSection", "41", AuditAction.Deleted, """{"SortOrder":20,"Heading":"Dates","BodyMarkdown":"Same"}""", null),
            Row(4, "PageSection", "50", AuditAction.Added, null, """{"SortOrder":1,"Heading":"Fees","BodyMarkdown":"Same"}"""),
            Row(5, "PageSection", "51", AuditAction.Added, null, """{"SortOrder":2,"Heading":"Dates","BodyMarkdown":"Same"}"""),
            Row(6, "PageRevision", "30", AuditAction.Added, null, """{"Title":"J-1 waiver"}"""),
        };

        var entry = Wording().Describe(rows);

        Assert.Equal([new AuditChange("page", "Title", "J-1", "J-1 waiver")], entry.Changes);
        Assert.Equal("Ana Ruiz published the page “J-1 waiver”: 1 change", entry.Headline);
    }

    [Fact]
    public void Describe_PublishOfAReorder_SaysWhichSectionMovedFromWhereToWhere()
    {
        var rows = new[]
        {
            Row(1, "PageSection", "40", AuditAction.Deleted, """{"SortOrder":1,"Heading":"Fees","BodyMarkdown":"A"}""", null),
            Row(2, "PageSection", "41", AuditAction.Deleted, """{"SortOrder":2,"Heading":"Eligibility","BodyMarkdown":"B"}""", null),
            Row(3, "PageSection", "42", AuditAction.Deleted, """{"SortOrder":3,"Heading":"Dates","BodyMarkdown":"C"}""", null),
            Row(4, "PageSection", "50", AuditAction.Added, null, """{"SortOrder":1,"Heading":"Fees","BodyMarkdown":"A"}"""),
            Row(5, "PageSection", "51", AuditAction.Added, null, """{"SortOrder":2,"Heading":"Dates","BodyMarkdown":"C"}"""),
            Row(6, "PageSection", "52", AuditAction.Added, null, """{"SortOrder":3,"Heading":"Eligibility","BodyMarkdown":"B"}"""),
            Row(7, "PageRevision", "30", AuditAction.Added, null, """{"Title":"J-1 waiver"}"""),
        };

        var entry = Wording().Describe(rows);

        var move = Assert.Single(entry.Changes);
        Assert.Equal("Moved “Eligibility” from position 2 to 3", move.Text);
        Assert.Equal(("2", "3"), (move.Before, move.After));
    }

    [Fact]
    public void Describe_SectionAddedAtTheTop_DoesNotCallTheOthersMoved()
    {
        var rows = new[]
        {
            Row(1, "PageSection", "40", AuditAction.Deleted, """{"SortOrder":1,"Heading":"Fees","BodyMarkdown":"A"}""", null),
            Row(2, "PageSection", "41", AuditAction.Deleted, """{"SortOrder":2,"Heading":"Dates","BodyMarkdown":"B"}""", null),
            Row(3, "PageSection", "50", AuditAction.Added, null, """{"SortOrder":1,"Heading":"New first","BodyMarkdown":"N"}"""),
            Row(4, "PageSection", "51", AuditAction.Added, null, """{"SortOrder":2,"Heading":"Fees","BodyMarkdown":"A"}"""),
            Row(5, "PageSection", "52", AuditAction.Added, null, """{"SortOrder":3,"Heading":"Dates","BodyMarkdown":"B"}"""),
        };

        var entry = Wording().Describe(rows);

        Assert.Equal([new AuditChange("page section", "Added", "(none)", "“New first”")], entry.Changes);
    }

    [Fact]
    public void Describe_SectionMovedPastTwoOthers_NamesOnlyThatSection()
    {
        var rows = new[]
        {
            Row(1, "PageSection", "40", AuditAction.Deleted, """{"SortOrder":1,"Heading":"Fees","BodyMarkdown":"A"}""", null),
            Row(2, "PageSection", "41", AuditAction.Deleted, """{"SortOrder":2,"Heading":"Dates","BodyMarkdown":"B"}""", null),
            Row(3, "PageSection", "42", AuditAction.Deleted, """{"SortOrder":3,"Heading":"Contacts","BodyMarkdown":"C"}""", null),
            Row(4, "PageSection", "50", AuditAction.Added, null, """{"SortOrder":1,"Heading":"Dates","BodyMarkdown":"B"}"""),
            Row(5, "PageSection", "51", AuditAction.Added, null, """{"SortOrder":2,"Heading":"Contacts","BodyMarkdown":"C"}"""),
            Row(6, "PageSection", "52", AuditAction.Added, null, """{"SortOrder":3,"Heading":"Fees","BodyMarkdown":"A"}"""),
        };

        var entry = Wording().Describe(rows);

        Assert.Equal(["Moved “Fees” from position 1 to 3"], entry.Changes.Select(c => c.Text));
    }

    [Fact]
    public void Describe_PageSettingsChanged_NamesTheFieldsByTheFormsLabels()
    {
        var rows = new[]
        {
            Row(1, "GuidancePage", "7", AuditAction.Modified, """{"Slug":"old","SortOrder":1,"Feature":0}""", """{"Slug":"new","SortOrder":2,"Feature":1}"""),
        };

        var entry = Wording().Describe(rows, "J-1 waiver");

        Assert.Equal(["Address", "Position in the menu", "Built-in list shown on the page"], entry.Changes.Select(c => c.Field));
        Assert.DoesNotContain(entry.Changes, c => c.Field is "Slug" or "Sort order" or "Feature");
    }

    [Fact]
    public void Describe_DraftScheduled_SaysScheduledWithTheTimeInTheStaffTimeZone()
    {
        var rows = new[]
        {
            Row(1, "PageDraft", "9", AuditAction.Modified, """{"ScheduledPublishAtUtc":null}""", """{"ScheduledPublishAtUtc":"2026-07-02T13:30:00Z"}"""),
        };

        var entry = Wording().Describe(rows, "J-1 waiver");

        Assert.Equal("Ana Ruiz scheduled the page “J-1 waiver” to publish on Jul 2, 2026, 9:30 AM (New York time): 1 change", entry.Headline);
        Assert.Equal("Publish at (page): (not scheduled) → Jul 2, 2026, 9:30 AM (New York time)", Assert.Single(entry.Changes).Text);
    }

    [Fact]
    public void Describe_ScheduleCancelled_SaysSoWithTheTimeItHad()
    {
        var rows = new[]
        {
            Row(1, "PageDraft", "9", AuditAction.Modified, """{"ScheduledPublishAtUtc":"2026-07-02T13:30:00Z"}""", """{"ScheduledPublishAtUtc":null}"""),
        };

        var entry = Wording().Describe(rows, "J-1 waiver");

        Assert.StartsWith("Ana Ruiz cancelled the scheduled publication of the page “J-1 waiver”", entry.Headline, StringComparison.Ordinal);
        Assert.Equal("Publish at (page): Jul 2, 2026, 9:30 AM (New York time) → (not scheduled)", Assert.Single(entry.Changes).Text);
    }

    [Fact]
    public void Describe_RecordWithoutATitle_IsNamedByTheRecordsItJoinsAndNeverByItsNumber()
    {
        _schema.Setup(s => s.Reference("Pairing", "MentorId")).Returns("Mentor");
        _schema.Setup(s => s.Reference("Pairing", "MenteeRequestId")).Returns("MenteeRequest");
        var rows = new[] { Row(1, "Pairing", "12", AuditAction.Added, null, """{"Id":12,"MentorId":3,"MenteeRequestId":8}""") };
        var names = new Dictionary<string, string> { ["Mentor:3"] = "Dr. Rao", ["MenteeRequest:8"] = "Jane Doe" };

        var named = Wording().Describe(rows, names: names);
        var unnamed = Wording().Describe(rows);

        Assert.Equal("Ana Ruiz added the pairing “Dr. Rao – Jane Doe”: 2 changes", named.Headline);
        Assert.Equal(["Mentor (pairing): (empty) → Dr. Rao", "Mentee request (pairing): (empty) → Jane Doe"], named.Changes.Select(c => c.Text));
        Assert.Equal("Ana Ruiz added the pairing: 2 changes", unnamed.Headline);
        Assert.DoesNotContain("#", unnamed.Headline + string.Concat(unnamed.Changes.Select(c => c.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ChangeNoteWrittenWithARecordEdit_IsNotTheSubjectNorAChange()
    {
        var rows = new[]
        {
            Row(1, "ChangeLogEntry", "5", AuditAction.Added, null, """{"Topic":"state-pathways","Title":"New York: Conrad 30","Summary":"Changed","Link":"/x"}"""),
            Row(2, "StatePathway", "4", AuditAction.Modified, """{"Name":"Conrad 30"}""", """{"Name":"Conrad 30 program"}"""),
        };

        var entry = Wording().Describe(rows);

        Assert.Equal("StatePathway", entry.SubjectType);
        Assert.Equal(["Name (state pathway): Conrad 30 → Conrad 30 program"], entry.Changes.Select(c => c.Text));
    }

    private AuditWording Wording() =>
        new(new RecordCatalog([]), _schema.Object, new StaffTimeZone(Options.Create(new StaffTimeOptions())));

    private static AuditRow Row(long id, string type, string key, AuditAction action, string? before, string? after) =>
        new(id, "a1", At, "Ana Ruiz", action, type, key, before, after);

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement;
}
