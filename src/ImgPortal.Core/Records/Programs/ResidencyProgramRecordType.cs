using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;

namespace ImgPortal.Core.Records.Programs;

/// <summary>
/// New York residency programs (<c>/staff/programs</c>), shown on <c>/programs</c> and each program's page.
/// Every stated policy has its own source and checked date (ADR 0075): a policy other than unknown needs both.
/// </summary>
public sealed class ResidencyProgramRecordType : RecordType<ResidencyProgram>
{
    public const string KeyPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private const string SourceHint = "One a line: web address | title | date you checked it (year-month-day). The program's own site first.";

    public override string Slug => "programs";

    public override string ListTitle => "Residency programs";

    public override string ListCaption => "New York residency programs and their stated policies, as visitors see them in the program finder";

    public override string? ListIntro =>
        "Record a policy only where a source states it, with that source and the date you checked it; otherwise leave it unknown.";

    public override string AddLabel => "Add a program";

    public override string NewTitle => "Add a program";

    public override string ThisRecord => "this program";

    public override IReadOnlyList<RecordColumn> Columns { get; } =
    [
        new(nameof(ResidencyProgram.Name), "Program", Link: true),
        new(nameof(ResidencyProgram.Specialty), "Specialty"),
        new(nameof(ResidencyProgram.Area), "Area"),
        new(nameof(ResidencyProgram.LastConfirmedByProgram), "Confirmed by the program"),
    ];

    public override UniqueKey<ResidencyProgram> Unique { get; } = new(
        candidate => p => p.Key == candidate.Key, nameof(ResidencyProgram.Key), "Another program already has this key.");

    public override ResidencyProgram Create() => new();

    public override IOrderedQueryable<ResidencyProgram> Order(IQueryable<ResidencyProgram> records) =>
        records.OrderBy(p => p.Name).ThenBy(p => p.Id);

    public override string TitleOf(ResidencyProgram record) => record.Name;

    public override (Alerts.ChangeTopic Topic, string? State, string Link)? FollowedAs(ResidencyProgram record) =>
        (Alerts.ChangeTopics.Programs, null, Alerts.ChangeTopics.ProgramLink(record.Key));

    /// <summary>A removed program has no page left: its entry links to the program finder.</summary>
    public override string RemovedLink(ResidencyProgram record, string followedLink) => "/programs";

    public override IEnumerable<FieldError> Check(ResidencyProgram candidate, RecordRules rules)
    {
        if (candidate.Area.Length > 0 && !NewYorkAreas.IsKnown(candidate.Area))
        {
            yield return new FieldError(nameof(ResidencyProgram.Area), "Give one of the areas listed under the field.");
        }

        foreach (var policy in ProgramPolicy.All)
        {
            var stated = policy.IsStated(candidate);
            var source = policy.Source(candidate);
            var checkedOn = policy.CheckedOn(candidate);
            if (stated && source.Length == 0)
            {
                yield return new FieldError(policy.SourceName, "Give the source that states this policy, or set the policy to unknown.");
            }

            if (source.Length > 0 && checkedOn is null)
            {
                yield return new FieldError(policy.CheckedOnName, "Give the date you checked the source.");
            }

            if (checkedOn is { } date && date > rules.Today)
            {
                yield return new FieldError(policy.CheckedOnName, "The checked date cannot be in the future.");
            }
        }

        foreach (var error in Limits.SelectMany(limit => limit.Check(candidate)))
        {
            yield return error;
        }

        if (candidate.LastConfirmedByProgram is { } confirmed && confirmed > rules.Today)
        {
            yield return new FieldError(nameof(ResidencyProgram.LastConfirmedByProgram), "The confirmation date cannot be in the future.");
        }
    }

    protected override IReadOnlyList<RecordField<ResidencyProgram>> DeclareFields() =>
    [
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.Name), "Program name", p => p.Name, (p, v) => p.Name = v)
        {
            Required = "Name the program.", MaxLength = ResidencyProgram.NameMaxLength, Width = 8,
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.Key), "Key (its web address)", p => p.Key, (p, v) => p.Key = v)
        {
            Required = "Give the program a key.", MaxLength = ResidencyProgram.KeyMaxLength, Pattern = KeyPattern,
            FormatMessage = "Use lowercase letters, digits and single hyphens, e.g. mount-sinai-internal-medicine.",
            FixedOnceCreated = true, FixedHint = "The key is the program's address; it cannot change once created.", Width = 4,
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.Specialty), "Specialty", p => p.Specialty, (p, v) => p.Specialty = v)
        {
            Required = "Give the specialty.", MaxLength = ResidencyProgram.SpecialtyMaxLength, Width = 6, Hint = "E.g. Internal Medicine, Family Medicine.",
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.SponsoringInstitution), "Sponsoring institution", p => p.SponsoringInstitution, (p, v) => p.SponsoringInstitution = v)
        {
            Required = "Give the sponsoring institution.", MaxLength = ResidencyProgram.SponsoringInstitutionMaxLength, Width = 6,
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.Area), "Area", p => p.Area, (p, v) => p.Area = v)
        {
            Required = "Give the borough or region.", MaxLength = ResidencyProgram.AreaMaxLength, Width = 4, Hint = "One of: " + string.Join(", ", NewYorkAreas.All) + ".",
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.City), "City", p => p.City, (p, v) => p.City = v)
        {
            Required = "Give the city.", MaxLength = ResidencyProgram.CityMaxLength, Width = 4,
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.AcgmeNumber), "ACGME program number", p => p.AcgmeNumber ?? string.Empty, (p, v) => p.AcgmeNumber = v.Length == 0 ? null : v)
        {
            MaxLength = ResidencyProgram.AcgmeNumberMaxLength, Pattern = "^[0-9]{10}$", FormatMessage = "Give the ten-digit ACGME number, or leave it empty.", Width = 4,
        },
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.Website), "Website", p => p.Website, (p, v) => p.Website = v, RecordFieldKind.Url)
        {
            Required = "Give the program's website.", MaxLength = ResidencyProgram.WebsiteMaxLength, Width = 8,
            FormatMessage = "Give a full web address starting with http:// or https://.",
        },
        new OptionalNumberField<ResidencyProgram>(nameof(ResidencyProgram.Positions), "First-year positions", p => p.Positions, (p, v) => p.Positions = v, 1, 500, "Give a number from 1 to 500, or leave it empty.")
        {
            Width = 4, Hint = "Empty when not known.",
        },
        new SourceListField<ResidencyProgram>(nameof(ResidencyProgram.ExistenceSource), "Where the program is confirmed to exist", p => p.ExistenceSource, (p, v) => p.ExistenceSource = v)
        {
            Required = "Give the source that confirms the program exists.", MaxLength = ResidencyProgram.SourceMaxLength, Rows = 2, Hint = SourceHint,
        },
        .. Policy("J-1", Choice(nameof(ResidencyProgram.J1), "J-1 visa", p => p.J1, (p, v) => p.J1 = v, RecordLabels.Of, "Choose the J-1 policy, or unknown.")),
        .. Policy("H-1B", Choice(nameof(ResidencyProgram.H1b), "H-1B visa", p => p.H1b, (p, v) => p.H1b = v, RecordLabels.Of, "Choose the H-1B policy, or unknown.")),
        .. Policy("Years since graduation", Choice(nameof(ResidencyProgram.YearsSinceGraduation), "Years since graduation", p => p.YearsSinceGraduation, (p, v) => p.YearsSinceGraduation = v, RecordLabels.Of), YearsSinceGraduationLimit),
        .. Policy("Exam attempts", Choice(nameof(ResidencyProgram.ExamAttempts), "Exam attempts", p => p.ExamAttempts, (p, v) => p.ExamAttempts = v, RecordLabels.Of), ExamAttemptsMax),
        .. Policy("US clinical experience", Choice(nameof(ResidencyProgram.ClinicalExperience), "US clinical experience", p => p.ClinicalExperience, (p, v) => p.ClinicalExperience = v, RecordLabels.Of)),
        .. Policy("Score minimums", new TextField<ResidencyProgram>(nameof(ResidencyProgram.ScoreMinimums), "Score minimums", p => p.ScoreMinimums, (p, v) => p.ScoreMinimums = v, RecordFieldKind.MultilineText)
        {
            MaxLength = ResidencyProgram.ScoreMinimumsMaxLength, Rows = 2, Hint = "As the program states them, in your own words; empty when unknown.",
        }),
        new OptionalDateField<ResidencyProgram>(nameof(ResidencyProgram.LastConfirmedByProgram), "Last confirmed by the program", p => p.LastConfirmedByProgram, (p, v) => p.LastConfirmedByProgram = v)
        {
            Width = 4, Hint = "Empty until the program itself confirms this record.",
        },
    ];

    /// <summary>
    /// One stated policy's fields, in the editor's order: what the program states (a choice, or for score minimums a
    /// text), the limit it states (for a limit policy only), the source that states it and the date that source was
    /// checked. The source and date are the ones <see cref="ProgramPolicy.All"/> reads for <see cref="Check"/>.
    /// </summary>
    private static IEnumerable<RecordField<ResidencyProgram>> Policy(string label, RecordField<ResidencyProgram> statement, PolicyLimit? limit = null)
    {
        var policy = ProgramPolicy.All.Single(p => p.Name == statement.Name);
        yield return statement;
        if (limit is not null)
        {
            yield return limit.Field();
        }

        yield return new SourceListField<ResidencyProgram>(
            policy.SourceName, label + ": source", policy.Source, (p, v) => policy.SetSourceChecked(p, v, policy.CheckedOn(p)))
        {
            MaxLength = ResidencyProgram.SourceMaxLength,
            Rows = 2,
            Width = 8,
            Hint = SourceHint,
        };
        yield return new OptionalDateField<ResidencyProgram>(
            policy.CheckedOnName, label + ": checked on", policy.CheckedOn, (p, v) => policy.SetSourceChecked(p, policy.Source(p), v))
        {
            Width = 4,
            Hint = "Empty while unknown.",
        };
    }

    private static ChoiceField<ResidencyProgram, TPolicy> Choice<TPolicy>(
        string name, string label, Func<ResidencyProgram, TPolicy> get, Action<ResidencyProgram, TPolicy> set, Func<TPolicy, string> labels,
        string required = "Choose the policy, or unknown.")
        where TPolicy : struct, Enum =>
        new(name, label, get, set, labels, required, "Choose one of the policies listed.") { Width = 4 };

    private static readonly PolicyLimit YearsSinceGraduationLimit = new(
        nameof(ResidencyProgram.YearsSinceGraduationLimit), "Most years since graduation", p => p.YearsSinceGraduation,
        p => p.YearsSinceGraduationLimit, (p, v) => p.YearsSinceGraduationLimit = v, 0, 60, "Give a number of years from 0 to 60, or leave it empty.",
        "Give the most years since graduation the program accepts.", "Leave the years empty unless the program states a limit.");

    private static readonly PolicyLimit ExamAttemptsMax = new(
        nameof(ResidencyProgram.ExamAttemptsMax), "Most attempts at any exam", p => p.ExamAttempts,
        p => p.ExamAttemptsMax, (p, v) => p.ExamAttemptsMax = v, 1, 10, "Give a number of attempts from 1 to 10, or leave it empty.",
        "Give the most attempts the program accepts.", "Leave the attempts empty unless the program states a limit.");

    private static readonly PolicyLimit[] Limits = [YearsSinceGraduationLimit, ExamAttemptsMax];

    /// <summary>The number a limit policy states: required when the policy is a limit, and only then.</summary>
    private sealed record PolicyLimit(
        string Name, string Label, Func<ResidencyProgram, LimitPolicy> Policy, Func<ResidencyProgram, int?> Get, Action<ResidencyProgram, int?> Set,
        int Min, int Max, string RangeMessage, string MissingMessage, string NotStatedMessage)
    {
        public OptionalNumberField<ResidencyProgram> Field() =>
            new(Name, Label, Get, Set, Min, Max, RangeMessage) { Width = 4, Hint = "Only when the program states a limit." };

        public IEnumerable<FieldError> Check(ResidencyProgram candidate)
        {
            var stated = Policy(candidate) == LimitPolicy.Limit;
            if (stated && Get(candidate) is null)
            {
                yield return new FieldError(Name, MissingMessage);
            }

            if (!stated && Get(candidate) is not null)
            {
                yield return new FieldError(Name, NotStatedMessage);
            }
        }
    }
}
