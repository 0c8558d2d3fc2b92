using ImgPortal.Core.Common;

namespace ImgPortal.Core.Profiles;

/// <summary>The closed lists a profile picks from, and the validation rules.</summary>
public static class ProfileRules
{
    public const int MinGraduationYear = 1960;
    public const int MaxYearsAhead = 6;
    public const int MaxScore = 300;
    public const int MaxClinicalMonths = 240;
    public const int MaxValues = 10;
    public const int MaxLanguageLength = 50;

    /// <summary>The one list of specialties, shared with mentoring (<see cref="PortalLists"/>).</summary>
    public static IReadOnlyList<string> Specialties => PortalLists.Specialties;

    /// <summary>US states and DC by postal code: the code is stored, the name shown.</summary>
    public static readonly IReadOnlyDictionary<string, string> States = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["AL"] = "Alabama",
        ["AK"] = "Alaska",
        ["AZ"] = "Arizona",
        ["AR"] = "Arkansas",
        ["CA"] = "California",
        ["CO"] = "Colorado",
        ["CT"] = "Connecticut",
        ["DE"] = "Delaware",
        ["DC"] = "District of Columbia",
        ["FL"] = "Florida",
        ["GA"] = "Georgia",
        ["HI"] = "Hawaii",
        ["ID"] = "Idaho",
        ["IL"] = "Illinois",
        ["IN"] = "Indiana",
        ["IA"] = "Iowa",
        ["KS"] = "Kansas",
        ["KY"] = "Kentucky",
        ["LA"] = "Louisiana",
        ["ME"] = "Maine",
        ["MD"] = "Maryland",
        ["MA"] = "Massachusetts",
        ["MI"] = "Michigan",
        ["MN"] = "Minnesota",
        ["MS"] = "Mississippi",
        ["MO"] = "Missouri",
        ["MT"] = "Montana",
        ["NE"] = "Nebraska",
        ["NV"] = "Nevada",
        ["NH"] = "New Hampshire",
        ["NJ"] = "New Jersey",
        ["NM"] = "New Mexico",
        ["NY"] = "New York",
        ["NC"] = "North Carolina",
        ["ND"] = "North Dakota",
        ["OH"] = "Ohio",
        ["OK"] = "Oklahoma",
        ["OR"] = "Oregon",
        ["PA"] = "Pennsylvania",
        ["RI"] = "Rhode Island",
        ["SC"] = "South Carolina",
        ["SD"] = "South Dakota",
        ["TN"] = "Tennessee",
        ["TX"] = "Texas",
        ["UT"] = "Utah",
        ["VT"] = "Vermont",
        ["VA"] = "Virginia",
        ["WA"] = "Washington",
        ["WV"] = "West Virginia",
        ["WI"] = "Wisconsin",
        ["WY"] = "Wyoming",
    };

    public static string StateName(string code) => States.TryGetValue(code, out var name) ? name : code;

    /// <summary>Every problem with <paramref name="data"/>, one message per field, judged on <paramref name="today"/>.</summary>
    public static IReadOnlyList<FieldError> Validate(ProfileData data, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Add(string field, string message)
        {
            if (!errors.Any(e => e.Field == field))
            {
                errors.Add(new FieldError(field, message));
            }
        }

        void NotInFuture(string field, DateOnly? date, string what)
        {
            if (date > today)
            {
                Add(field, $"The {what} cannot be in the future.");
            }
        }

        if (string.IsNullOrWhiteSpace(data.MedicalSchoolCountry))
        {
            Add(nameof(data.MedicalSchoolCountry), "Enter the country of your medical school.");
        }

        if (string.IsNullOrWhiteSpace(data.MedicalSchoolName))
        {
            Add(nameof(data.MedicalSchoolName), "Enter the name of your medical school.");
        }

        if (data.GraduationYear is null)
        {
            Add(nameof(data.GraduationYear), "Enter your graduation year (expected, if you have not graduated yet).");
        }
        else if (data.GraduationYear < MinGraduationYear || data.GraduationYear > today.Year + MaxYearsAhead)
        {
            Add(nameof(data.GraduationYear), $"The graduation year must be between {MinGraduationYear} and {today.Year + MaxYearsAhead}.");
        }

        if (data.EcfmgStatus == EcfmgStatus.Certified && data.EcfmgCertifiedOn is null)
        {
            Add(nameof(data.EcfmgCertifiedOn), "Enter the date you were certified.");
        }
        else if (data.EcfmgStatus != EcfmgStatus.Certified && data.EcfmgCertifiedOn is not null)
        {
            Add(nameof(data.EcfmgCertifiedOn), "Give a certification date only if you are certified.");
        }

        NotInFuture(nameof(data.EcfmgCertifiedOn), data.EcfmgCertifiedOn, "certification date");

        if (data.Step1Result != ExamResult.NotTaken && data.Step1Date is null)
        {
            Add(nameof(data.Step1Date), "Enter the date you took Step 1.");
        }
        else if (data.Step1Result == ExamResult.NotTaken && data.Step1Date is not null)
        {
            Add(nameof(data.Step1Date), "Give a Step 1 date only with its result.");
        }

        NotInFuture(nameof(data.Step1Date), data.Step1Date, "Step 1 date");

        ValidateScore(nameof(data.Step2CkScore), nameof(data.Step2CkDate), data.Step2CkScore, data.Step2CkDate, "Step 2 CK", Add);
        NotInFuture(nameof(data.Step2CkDate), data.Step2CkDate, "Step 2 CK date");
        ValidateScore(nameof(data.Step3Score), nameof(data.Step3Date), data.Step3Score, data.Step3Date, "Step 3", Add);
        NotInFuture(nameof(data.Step3Date), data.Step3Date, "Step 3 date");

        DoneOrPlanned(nameof(data.OetDate), data.OetPassed, data.OetDate, "OET Medicine", "passed", today, Add);
        DoneOrPlanned(nameof(data.PathwayDate), data.PathwayCompleted, data.PathwayDate, "your ECFMG Pathway", "completed", today, Add);

        if (data.ClinicalExperienceMonths is < 0 or > MaxClinicalMonths)
        {
            Add(nameof(data.ClinicalExperienceMonths), $"Months of US clinical experience must be between 0 and {MaxClinicalMonths}.");
        }

        if (data.FcvsStarted && data.FcvsStartedOn is null)
        {
            Add(nameof(data.FcvsStartedOn), "Enter the date you started your FCVS profile.");
        }
        else if (!data.FcvsStarted && data.FcvsStartedOn is not null)
        {
            Add(nameof(data.FcvsStartedOn), "Give an FCVS date only if you have started a profile.");
        }

        NotInFuture(nameof(data.FcvsStartedOn), data.FcvsStartedOn, "FCVS start date");
        if (data.FcvsCompleted && !data.FcvsStarted)
        {
            Add(nameof(data.FcvsCompleted), "An FCVS profile can be complete only once it is started.");
        }

        if (data.Specialties.Count > MaxValues || data.Specialties.Any(s => !Specialties.Contains(s)))
        {
            Add(nameof(data.Specialties), $"Choose up to {MaxValues} specialties from the list.");
        }

        if (data.States.Count > MaxValues || data.States.Any(s => !States.ContainsKey(s)))
        {
            Add(nameof(data.States), $"Choose up to {MaxValues} states from the list.");
        }

        if (data.Languages.Count > MaxValues || data.Languages.Any(l => l.Length > MaxLanguageLength))
        {
            Add(nameof(data.Languages), $"List up to {MaxValues} languages, each under {MaxLanguageLength} characters.");
        }
        else if (data.Languages.FirstOrDefault(l => PortalLists.FindLanguage(l) is null) is { } unknown)
        {
            Add(nameof(data.Languages), $"\"{unknown}\" is not on the portal's list of languages. Choose from: {string.Join(", ", PortalLists.Languages)}.");
        }

        return errors;
    }

    /// <summary>Splits a comma-separated list into distinct trimmed values.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

    /// <summary>
    /// A date that is the day a step was done (then it is required and not in the future) or the day the member plans
    /// it for (then today or later, and within <see cref="MaxYearsAhead"/> years).
    /// </summary>
    private static void DoneOrPlanned(string field, bool done, DateOnly? date, string what, string doneWord, DateOnly today, Action<string, string> add)
    {
        if (done && date is null)
        {
            add(field, $"Enter the date you {doneWord} {what}.");
        }
        else if (done && date > today)
        {
            add(field, $"The date you {doneWord} {what} cannot be in the future. If it is still ahead, leave the box unticked and keep the date as planned.");
        }
        else if (!done && date < today)
        {
            add(field, $"A planned date for {what} is today or later. If you have {doneWord} it, tick the box.");
        }
        else if (!done && date > today.AddYears(MaxYearsAhead))
        {
            add(field, $"Choose a planned date for {what} within the next {MaxYearsAhead} years.");
        }
    }

    private static void ValidateScore(
        string scoreField, string dateField, int? score, DateOnly? date, string exam, Action<string, string> add)
    {
        if (score is not null && date is null)
        {
            add(dateField, $"Enter the date of your {exam} exam with its score.");
        }

        if (score is < 1 or > MaxScore)
        {
            add(scoreField, $"A {exam} score is between 1 and {MaxScore}.");
        }
    }
}
