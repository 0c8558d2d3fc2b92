using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>The staff list of pages and what a page is apart from its text: creating it, its settings, retiring and reinstating it.</summary>
public interface IPageAdministration
{
    Task<IReadOnlyList<StaffPageRow>> ListPagesAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates a page that visitors see once it is first published; its text starts as a draft.</summary>
    Task<Outcome> CreatePageAsync(NewPage page, CancellationToken cancellationToken = default);

    /// <summary>Saves the page's source line, navigation place, owner and review interval; they take effect at once.</summary>
    Task<Outcome> SaveSettingsAsync(int pageId, PageSettings settings, string pageVersion, CancellationToken cancellationToken = default);

    /// <summary>Takes the page down: its address answers 410 Gone, or redirects to <paramref name="redirectTo"/>.</summary>
    Task<Outcome> RetireAsync(int pageId, string? redirectTo, string pageVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// The settings' rules alone, every field at fault at once (what <see cref="SaveSettingsAsync"/> refuses), for a form the
    /// binder already refused (ADR 0097).
    /// </summary>
    Task<IReadOnlyList<FieldError>> ValidateSettingsAsync(PageSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Puts a retired page back where visitors can see it.</summary>
    Task<Outcome> ReinstateAsync(int pageId, string pageVersion, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StaffMember>> ListOwnersAsync(CancellationToken cancellationToken = default);
}
