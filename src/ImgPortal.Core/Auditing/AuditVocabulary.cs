namespace ImgPortal.Core.Auditing;

/// <summary>
/// The fixed words and field groups the audit trail is told in (ADR 0049): names of entity types that have no record
/// screen, the page editor's field labels, and which types and fields are bookkeeping, parts or positions.
/// </summary>
public static class AuditVocabulary
{
    /// <summary>Names of the entity types that are not records with a staff screen of their own.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GuidancePage"] = "page",
        ["PageSection"] = "page section",
        ["PageRevision"] = "published revision",
        ["PageReview"] = "page review",
        ["PageDraft"] = "page draft",
        ["DraftReviewRequest"] = "draft review",
        ["DraftComment"] = "comment on a draft",
        ["ImgProfile"] = "member profile",
        ["ProfileTag"] = "profile tag",
        ["MemberStepState"] = "member's roadmap step",
        ["ReminderLog"] = "reminder",
        ["Mentor"] = "mentor",
        ["MentorLanguage"] = "mentor's language",
        ["MentorTrainingCountry"] = "mentor's training country",
        ["MenteeRequest"] = "mentee request",
        ["Pairing"] = "pairing",
        ["PairingFeedback"] = "pairing feedback",
        ["MentoringSettings"] = "mentoring settings",
        ["ApplicationUser"] = "account",
        ["IdentityUserRole"] = "role grant",
        ["IdentityRole"] = "role",
        ["ChangeLogEntry"] = "change note",
    };

    /// <summary>
    /// Fields of the page editor by the labels its forms give them (the record slices carry their own): "Address",
    /// not "Slug"; "Position", not "Sort order".
    /// </summary>
    public static readonly IReadOnlyDictionary<(string Type, string Property), string> Labels = new Dictionary<(string Type, string Property), string>
    {
        [("GuidancePage", "Slug")] = "Address",
        [("GuidancePage", "BodyMarkdown")] = "Body",
        [("GuidancePage", "Feature")] = "Built-in list shown on the page",
        [("GuidancePage", "Source")] = "Source line",
        [("GuidancePage", "SortOrder")] = "Position in the menu",
        [("GuidancePage", "NavigationLabel")] = "Menu label",
        [("GuidancePage", "OwnerName")] = "Owner",
        [("GuidancePage", "ReviewIntervalMonths")] = "Review every (months)",
        [("GuidancePage", "LastReviewedOn")] = "Last reviewed",
        [("GuidancePage", "RetiredAtUtc")] = "Retired",
        [("GuidancePage", "RetiredRedirectTo")] = "Send visitors to",
        [("PageSection", "BodyMarkdown")] = "Text",
        [("PageSection", "Sources")] = "Sources for this section",
        [("PageSection", "Cycle")] = "Match cycle",
        [("PageSection", "SortOrder")] = "Position",
        [("PageDraft", "ScheduledPublishAtUtc")] = "Publish at",
        [("PageDraft", "ChangeNote")] = "What changed",
        [("PageDraft", "BodyMarkdown")] = "Body",
        [("DraftReviewRequest", "ReviewerName")] = "Reviewer",
        [("DraftReviewRequest", "RequestedByName")] = "Asked by",
        [("DraftReviewRequest", "RequestedAtUtc")] = "Asked on",
        [("DraftReviewRequest", "DecidedAtUtc")] = "Answered on",
        [("DraftComment", "AuthorName")] = "Written by",
        [("DraftComment", "WrittenAtUtc")] = "Written on",
        [("DraftComment", "Text")] = "Comment",
    };

    /// <summary>Fields that repeat another one in a form a person does not read (a page's owner is listed by name).</summary>
    public static readonly IReadOnlySet<(string Type, string Property)> Repeats = new HashSet<(string Type, string Property)>
    {
        ("GuidancePage", "OwnerUserId"), ("PageDraft", "UpdatedByUserId"),
        ("DraftReviewRequest", "ReviewerUserId"), ("DraftReviewRequest", "RequestedByUserId"), ("DraftReviewRequest", "PageDraftId"),
        ("DraftComment", "AuthorUserId"), ("DraftComment", "PageDraftId"),
    };

    /// <summary>
    /// Bookkeeping written alongside the change a person made (a revision, a draft, the change note members follow):
    /// used for the verb, not listed as changes.
    /// </summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>(StringComparer.Ordinal) { "PageRevision", "PageDraft", "PageReview", "ChangeLogEntry" };

    /// <summary>
    /// Fields the portal keeps up to date by itself (times of the last change, concurrency versions, normalized copies,
    /// the first-publication flag): never listed as a person's change.
    /// </summary>
    public static readonly IReadOnlySet<string> BookkeepingFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "UpdatedAtUtc", "CreatedAtUtc", "Version", "ConcurrencyStamp", "SecurityStamp", "NormalizedEmail", "NormalizedUserName",
        "NormalizedName", "AwaitingFirstPublication",
    };

    /// <summary>The fields that hold a part's place among its siblings: a change of them is a move, said as one.</summary>
    public static readonly IReadOnlyList<string> PositionFields = ["SortOrder", "Order", "Position"];

    /// <summary>Parts of a record that are never the subject while their parent is in the same action.</summary>
    public static readonly IReadOnlySet<string> Parts = new HashSet<string>(StringComparer.Ordinal) { "PageSection", "MentorLanguage", "MentorTrainingCountry", "ProfileTag" };

    /// <summary>The properties that name a record, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> TitleProperties = ["Title", "Name", "DisplayName", "FullName", "UserName"];

    /// <summary>
    /// <see cref="TitleProperties"/> and the other fields that name a record without a title (a section's heading, a
    /// term, an office, an account's e-mail): what a record is called when nothing better names it.
    /// </summary>
    public static readonly IReadOnlyList<string> NameProperties =
        [.. TitleProperties, "Heading", "Term", "Office", "ProgramName", "Language", "Country", "Email", "Item"];

    /// <summary>The properties that name a part (a section's heading, a mentor's language), in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> PartNameProperties = [.. TitleProperties, "Heading", "Language", "Country"];

    /// <summary>Values kept in step with another field (rendered HTML of Markdown): their change shows as the source's.</summary>
    public static bool IsDerived(string property) => property.EndsWith("Html", StringComparison.Ordinal);

    /// <summary>Whether rows of <paramref name="entityType"/> are listed as changes of their own (neither bookkeeping nor a part).</summary>
    public static bool IsOwnRecord(string entityType) => !Bookkeeping.Contains(entityType) && !Parts.Contains(entityType);
}
