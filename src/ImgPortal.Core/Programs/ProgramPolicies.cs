namespace ImgPortal.Core.Programs;

/// <summary>A program's stated J-1 policy. 0 is unknown: no source states it.</summary>
public enum J1Policy
{
    Unknown = 0,
    Accepts = 1,
    DoesNot = 2,
}

/// <summary>A program's stated H-1B policy. 0 is unknown: no source states it.</summary>
public enum H1bPolicy
{
    Unknown = 0,
    Sponsors = 1,
    DoesNot = 2,
}

/// <summary>A stated limit (years since graduation, exam attempts). 0 is unknown: no source states it.</summary>
public enum LimitPolicy
{
    Unknown = 0,
    Limit = 1,
    NoLimit = 2,
}

/// <summary>A program's stated need for US clinical experience. 0 is unknown: no source states it.</summary>
public enum ClinicalExperiencePolicy
{
    Unknown = 0,
    Required = 1,
    Preferred = 2,
    NotRequired = 3,
}
