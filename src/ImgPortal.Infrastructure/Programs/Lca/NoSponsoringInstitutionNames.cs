using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.Infrastructure.Programs.Lca;

/// <summary>Until program records exist there are no sponsoring institutions to suggest.</summary>
public sealed class NoSponsoringInstitutionNames : ISponsoringInstitutionNames
{
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([]);
}
