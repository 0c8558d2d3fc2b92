namespace ImgPortal.Core.Profiles;

/// <summary>The roadmap's stages, in order. A member stands at the stage of their first unfinished step.</summary>
public enum RoadmapStage
{
    Exams,
    Certification,
    Application,
    Match,
    Residency,
    Complete,
}
