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

        if (candidate.YearsSinceGraduation == LimitPolicy.Limit && candidate.YearsSinceGraduationLimit is null)
        {
            yield return new FieldError(nameof(ResidencyProgram.YearsSinceGraduationLimit), "Give the most years since graduation the program accepts.");
        }

        if (candidate.YearsSinceGraduation != LimitPolicy.Limit && candidate.YearsSinceGraduationLimit is not null)
        {
            yield return new FieldError(nameof(ResidencyProgram.YearsSinceGraduationLimit), "Leave the years empty unless the program states a limit.");
        }

        if (candidate.ExamAttempts == LimitPolicy.Limit && candidate.ExamAttemptsMax is null)
        {
            yield return new FieldError(nameof(ResidencyProgram.ExamAttemptsMax), "Give the most attempts the program accepts.");
        }

        if (candidate.ExamAttempts != LimitPolicy.Limit && candidate.ExamAttemptsMax is not null)
        {
            yield return new FieldError(nameof(ResidencyProgram.ExamAttemptsMax), "Leave the attempts empty unless the program states a limit.");
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
        new ChoiceField<ResidencyProgram, J1Policy>(nameof(ResidencyProgram.J1), "J-1 visa", p => p.J1, (p, v) => p.J1 = v, RecordLabels.Of, "Choose the J-1 policy, or unknown.", "Choose one of the policies listed.")
        {
            Width = 4,
        },
        Source(nameof(ResidencyProgram.J1Source), "J-1: source", p => p.J1Source, (p, v) => p.J1Source = v),
        Checked(nameof(ResidencyProgram.J1CheckedOn), "J-1: checked on", p => p.J1CheckedOn, (p, v) => p.J1CheckedOn = v),
        new ChoiceField<ResidencyProgram, H1bPolicy>(nameof(ResidencyProgram.H1b), "H-1B visa", p => p.H1b, (p, v) => p.H1b = v, RecordLabels.Of, "Choose the H-1B policy, or unknown.", "Choose one of the policies listed.")
        {
            Width = 4,
        },
        Source(nameof(ResidencyProgram.H1bSource), "H-1B: source", p => p.H1bSource, (p, v) => p.H1bSource = v),
        Checked(nameof(ResidencyProgram.H1bCheckedOn), "H-1B: checked on", p => p.H1bCheckedOn, (p, v) => p.H1bCheckedOn = v),
        new ChoiceField<ResidencyProgram, LimitPolicy>(nameof(ResidencyProgram.YearsSinceGraduation), "Years since graduation", p => p.YearsSinceGraduation, (p, v) => p.YearsSinceGraduation = v, RecordLabels.Of, "Choose the policy, or unknown.", "Choose one of the policies listed.")
        {
            Width = 4,
        },
        new OptionalNumberField<ResidencyProgram>(nameof(ResidencyProgram.YearsSinceGraduationLimit), "Most years since graduation", p => p.YearsSinceGraduationLimit, (p, v) => p.YearsSinceGraduationLimit = v, 0, 60, "Give a number of years from 0 to 60, or leave it empty.")
        {
            Width = 4, Hint = "Only when the program states a limit.",
        },
        Source(nameof(ResidencyProgram.YearsSinceGraduationSource), "Years since graduation: source", p => p.YearsSinceGraduationSource, (p, v) => p.YearsSinceGraduationSource = v),
        Checked(nameof(ResidencyProgram.YearsSinceGraduationCheckedOn), "Years since graduation: checked on", p => p.YearsSinceGraduationCheckedOn, (p, v) => p.YearsSinceGraduationCheckedOn = v),
        new ChoiceField<ResidencyProgram, LimitPolicy>(nameof(ResidencyProgram.ExamAttempts), "Exam attempts", p => p.ExamAttempts, (p, v) => p.ExamAttempts = v, RecordLabels.Of, "Choose the policy, or unknown.", "Choose one of the policies listed.")
        {
            Width = 4,
        },
        new OptionalNumberField<ResidencyProgram>(nameof(ResidencyProgram.ExamAttemptsMax), "Most attempts at any exam", p => p.ExamAttemptsMax, (p, v) => p.ExamAttemptsMax = v, 1, 10, "Give a number of attempts from 1 to 10, or leave it empty.")
        {
            Width = 4, Hint = "Only when the program states a limit.",
        },
        Source(nameof(ResidencyProgram.ExamAttemptsSource), "Exam attempts: source", p => p.ExamAttemptsSource, (p, v) => p.ExamAttemptsSource = v),
        Checked(nameof(ResidencyProgram.ExamAttemptsCheckedOn), "Exam attempts: checked on", p => p.ExamAttemptsCheckedOn, (p, v) => p.ExamAttemptsCheckedOn = v),
        new ChoiceField<ResidencyProgram, ClinicalExperiencePolicy>(nameof(ResidencyProgram.ClinicalExperience), "US clinical experience", p => p.ClinicalExperience, (p, v) => p.ClinicalExperience = v, RecordLabels.Of, "Choose the policy, or unknown.", "Choose one of the policies listed.")
        {
            Width = 4,
        },
        Source(nameof(ResidencyProgram.ClinicalExperienceSource), "US clinical experience: source", p => p.ClinicalExperienceSource, (p, v) => p.ClinicalExperienceSource = v),
        Checked(nameof(ResidencyProgram.ClinicalExperienceCheckedOn), "US clinical experience: checked on", p => p.ClinicalExperienceCheckedOn, (p, v) => p.ClinicalExperienceCheckedOn = v),
        new TextField<ResidencyProgram>(nameof(ResidencyProgram.ScoreMinimums), "Score minimums", p => p.ScoreMinimums, (p, v) => p.ScoreMinimums = v, RecordFieldKind.MultilineText)
        {
            MaxLength = ResidencyProgram.ScoreMinimumsMaxLength, Rows = 2, Hint = "As the program states them, in your own words; empty when unknown.",
        },
        Source(nameof(ResidencyProgram.ScoreMinimumsSource), "Score minimums: source", p => p.ScoreMinimumsSource, (p, v) => p.ScoreMinimumsSource = v),
        Checked(nameof(ResidencyProgram.ScoreMinimumsCheckedOn), "Score minimums: checked on", p => p.ScoreMinimumsCheckedOn, (p, v) => p.ScoreMinimumsCheckedOn = v),
        new OptionalDateField<ResidencyProgram>(nameof(ResidencyProgram.LastConfirmedByProgram), "Last confirmed by the program", p => p.LastConfirmedByProgram, (p, v) => p.LastConfirmedByProgram = v)
        {
            Width = 4, Hint = "Empty until the program itself confirms this record.",
        },
    ];

    private static SourceListField<ResidencyProgram> Source(string name, string label, Func<ResidencyProgram, string> get, Action<ResidencyProgram, string> set) =>
        new(name, label, get, set) { MaxLength = ResidencyProgram.SourceMaxLength, Rows = 2, Width = 8, Hint = SourceHint };

    private static OptionalDateField<ResidencyProgram> Checked(string name, string label, Func<ResidencyProgram, DateOnly?> get, Action<ResidencyProgram, DateOnly?> set) =>
        new(name, label, get, set) { Width = 4, Hint = "Empty while unknown." };
}
