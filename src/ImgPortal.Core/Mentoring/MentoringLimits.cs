namespace ImgPortal.Core.Mentoring;

/// <summary>
/// The lengths of mentoring's free-text fields: one number each, used by the services' validation, both
/// providers' schema (the entity configurations) and the inputs' <c>maxlength</c>.
/// </summary>
public static class MentoringLimits
{
    /// <summary>A reason for declining, ending, pausing or closing: e-mailed, so kept short.</summary>
    public const int Reason = 500;

    public const int DisplayName = 100;

    public const int Hospital = 200;

    public const int County = 60;

    public const int Country = 60;

    /// <summary>The countries of training typed as one comma-separated line; each is stored as one of at most <see cref="Country"/>.</summary>
    public const int TrainingCountriesInput = 300;

    public const int MeetingPreference = 200;

    public const int Bio = 1000;

    public const int Note = 1000;

    public const int Comment = 1000;

    /// <summary>The lowest and highest rating feedback may give.</summary>
    public const int MinRating = 1;

    public const int MaxRating = 5;

    public const int LicenseNumber = 40;

    public const int BoardCertification = 200;

    public const int MaxYearsInPractice = 60;

    /// <summary>How many licenses the form offers.</summary>
    public const int MaxLicenses = 3;
}
