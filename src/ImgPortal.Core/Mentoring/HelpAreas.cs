namespace ImgPortal.Core.Mentoring;

/// <summary>What a mentor can help with, and what a mentee asks for. Stored as one integer.</summary>
[Flags]
public enum HelpAreas
{
    None = 0,
    CultureAndLanguage = 1,
    MedicalPractice = 2,
    Interviewing = 4,
    Applications = 8,
    Visas = 16,
}
