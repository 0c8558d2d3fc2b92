using ImgPortal.Core.Common;

namespace ImgPortal.Core.Programs;

/// <summary>The program finder (<c>/programs</c>), a program's page and a member's own shortlist.</summary>
public interface IProgramService
{
    Task<ProgramFinderPage> FindAsync(ProgramFilter filter, CancellationToken cancellationToken = default);

    /// <summary>The program with this key, with the signed-in member's fit and shortlist mark; null when none has it.</summary>
    Task<ProgramListItem?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>The signed-in member's own shortlist, by name.</summary>
    Task<IReadOnlyList<ProgramListItem>> ShortlistAsync(CancellationToken cancellationToken = default);

    Task<Outcome> SaveAsync(string key, CancellationToken cancellationToken = default);

    Task<Outcome> RemoveAsync(string key, CancellationToken cancellationToken = default);
}
