using ImgPortal.Core.Content.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>The page-editing use cases of one scope, for tests that walk a page through several of them.</summary>
public sealed record PageEditors(
    IPageAdministration Administration, IPageDrafts Drafts, IPagePublishing Publishing, IPageReviews Reviews, IPageRevisions History)
{
    public static PageEditors From(IServiceProvider services) =>
        new(
            services.GetRequiredService<IPageAdministration>(),
            services.GetRequiredService<IPageDrafts>(),
            services.GetRequiredService<IPagePublishing>(),
            services.GetRequiredService<IPageReviews>(),
            services.GetRequiredService<IPageRevisions>());
}
