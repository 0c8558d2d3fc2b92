using ImgPortal.Core.Content.Editing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.Infrastructure.Content;

/// <summary>Registers staff page editing (ADR 0086): one class per use case, each behind its own interface.</summary>
public static class PageEditingServices
{
    public static IServiceCollection AddPageEditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PublishingApprovalOptions>().Bind(configuration.GetSection(PublishingApprovalOptions.SectionName));
        services.AddScoped<PageEditorStore>();
        services.AddScoped<IPageAdministration, PageAdministration>();
        services.AddScoped<IPageDrafts, PageDrafts>();
        services.AddScoped<IPagePublishing, PagePublishing>();
        services.AddScoped<IPageReviews, PageReviews>();
        services.AddScoped<IPageRevisions, PageRevisions>();
        services.AddScoped<DraftReviewMailer>();
        services.AddScoped<IDraftReviews, DraftReviews>();
        return services;
    }
}
