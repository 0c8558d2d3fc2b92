namespace ImgPortal.Core.Programs.Lca;

/// <summary>Where an uploaded LCA disclosure file is in its import.</summary>
public enum LcaImportStatus
{
    /// <summary>Saved, waiting for the background job.</summary>
    Queued,

    /// <summary>Being read by the background job.</summary>
    Running,

    /// <summary>Read and saved: its fiscal years replaced what was there.</summary>
    Done,

    /// <summary>Refused (wrong format, a missing column, a cell of the wrong type): nothing was imported.</summary>
    Refused,
}
