namespace ImgPortal.Core.Programs.Lca;

/// <summary>The sponsoring institutions named by the program records: the names employer matches are suggested from.</summary>
public interface ISponsoringInstitutionNames
{
    Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default);
}
