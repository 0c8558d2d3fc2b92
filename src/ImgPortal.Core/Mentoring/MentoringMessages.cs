namespace ImgPortal.Core.Mentoring;

/// <summary>
/// What a refused mentoring form says, once for the forms' attributes and the rules (ADR 0097); limits come from
/// <see cref="MentoringLimits"/> and the rules' constants through the placeholders of <see cref="Common.ValidationText"/>.
/// </summary>
public static class MentoringMessages
{
    public const string MentorNameRequired = "Enter the name mentees will see.";

    public const string MenteeNameRequired = "Enter the name your mentor will see.";

    public const string NameTooLong = "Keep the name to {1:N0} characters.";

    public const string HospitalRequired = "Enter your hospital or program.";

    public const string HospitalTooLong = "Keep the hospital or program to {1:N0} characters.";

    public const string SpecialtyFromList = "Choose a specialty from the list.";

    public const string StateFromList = "Choose a state from the list.";

    public const string LanguageFromList = "Choose a language from the list.";

    public const string LanguagesRequired = "Choose at least one language you speak.";

    public const string CountyTooLong = "Keep the county to {1:N0} characters.";

    public const string MentorHelpAreasRequired = "Choose at least one thing you can help with.";

    public const string MenteeHelpAreasRequired = "Choose at least one thing you want help with.";

    public const string Capacity = "Choose between {1} and {2} mentees.";

    public const string BioTooLong = "Keep the bio to {1:N0} characters.";

    public const string NpiLength = "An NPI has {1} digits. Leave it empty if you have none.";

    public const string NpiInvalid = "This is not a valid NPI: it has {1} digits and a check digit. Leave it empty if you have none.";

    public const string BoardCertificationTooLong = "Keep the board certification to {1:N0} characters.";

    public const string YearsInPractice = "Give your years in practice, from {1} to {2}.";

    public const string LicenseNumberTooLong = "Keep the license number to {1:N0} characters.";

    public const string AlreadyRequested = "You already have a request for a mentor. See its progress on your mentoring dashboard.";

    public const string GoalsTooLong = "Keep the goals to {1:N0} characters.";

    public const string Rating = "Choose a rating from {1} to {2}.";

    public const string CommentTooLong = "Keep the comment to {1:N0} characters.";
}
